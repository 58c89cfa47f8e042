import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@spejl/db/testing';
import type { SpejlDatabase } from '@spejl/db';
import { listAudit } from '../../src/audit/log.ts';
import { freezeSnapshot, snapshotPeople } from '../../src/hierarchy/snapshot.ts';
import { loadPeople } from '../../src/hierarchy/people-store.ts';
import { createMailer } from '../../src/mail/transport.ts';
import { listTenantOutbox } from '../../src/mail/outbox.ts';
import { approveHeldSync, discardHeldSync } from '../../src/safetynet/sync-decide.ts';
import { listSyncs } from '../../src/safetynet/sync-list.ts';
import { runSafetyNetSync } from '../../src/safetynet/sync-run.ts';
import { runSafetyNetJobs } from '../../src/safetynet/sync-schedule.ts';
import { safetyNetSettings, saveSafetyNetSettings } from '../../src/safetynet/sync-settings.ts';
import { newTenant } from '../hierarchy/hierarchy-db.ts';
import { PAIR } from './pair-fixture.ts';
import { startSftpServer, type TestSftpServer } from './sftp-server.ts';
import { tablesHolding } from './stored-text.ts';

const SERVICES = { mailer: createMailer({ from: 'spejl@example.org' }), publicUrl: 'https://spejl.example' };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);
/** The employee file with these people's Slutdato set in the past: they have left. */
const leaving = (ids: string[]) => bytes(text(PAIR.employees.bytes).split('\r\n').map((line) => {
  const cells = line.split(';');
  if (!ids.includes(cells[0]!)) return line;
  cells[7] = '2021-01-31';
  return cells.join(';');
}).join('\r\n'));

describe.each(testEngines())('SafetyNet sync over SFTP on $name', (engine) => {
  let handle: SpejlDatabase;
  let server: TestSftpServer;
  beforeAll(async () => {
    handle = await engine.open();
    server = await startSftpServer({ '/ud/enheder.csv': PAIR.units.bytes, '/ud/medarbejdere.csv': PAIR.employees.bytes });
  });
  afterAll(async () => {
    await server?.stop();
    await handle?.close();
  });

  async function configured(slug: string, overrides: Partial<{ privateKey: string; port: number; employeesPath: string }> = {}) {
    const t = await newTenant(handle, slug);
    const userId = `admin-${slug}`;
    await handle.db.insertInto('user').values({ id: userId, name: 'Anne Admin', email: `${userId}@egeskov.example`, emailVerified: true }).execute();
    await t.run((tx) => tx.insertInto('memberships').values({ tenant_id: t.id, user_id: userId, role: 'admin', person_id: null }).execute());
    await t.run((tx) => saveSafetyNetSettings(tx, {
      host: '127.0.0.1', port: overrides.port ?? server.port, username: 'spejl', privateKey: overrides.privateKey ?? server.clientKey,
      unitsPath: '/ud/enheder.csv', employeesPath: overrides.employeesPath ?? '/ud/medarbejdere.csv', runAt: '06:30',
    }));
    return { ...t, userId };
  }

  it('fetches and applies the pair; a sync leaving 5 of 14 is held, the admin is mailed, and approval applies it', async () => {
    const t = await configured('sftp-a');
    server.files.set('/ud/medarbejdere.csv', PAIR.employees.bytes);
    expect(await runSafetyNetSync(handle.db, t.id, SERVICES, 'manual')).toMatchObject({ status: 'applied', counts: { added: 14 } });
    expect(await t.run(loadPeople)).toHaveLength(14);
    const round = randomUUID();
    await t.run((tx) => freezeSnapshot(tx, round));
    const frozen = await t.run((tx) => snapshotPeople(tx, round));

    server.files.set('/ud/medarbejdere.csv', leaving(['1005', '1006', '1007', '1008', '1009']));
    const held = await runSafetyNetSync(handle.db, t.id, SERVICES, 'manual');
    expect(held).toMatchObject({ status: 'held', counts: { left: 5 } });
    expect(await t.run(loadPeople)).toHaveLength(14);
    const [listed] = await t.run((tx) => listSyncs(tx, t.id));
    expect(listed).toMatchObject({ id: held!.syncId, status: 'held', leftShare: 5 / 14 });
    expect(listed!.samples?.left.map((p) => p.personId)).toEqual(['1005', '1006', '1007', '1008', '1009']);
    const mail = await t.run((tx) => listTenantOutbox(tx, 10));
    expect(mail).toMatchObject([{ to: 'admin-sftp-a@egeskov.example', subject: 'Synkroniseringen fra HR-systemet venter på din godkendelse' }]);
    expect(mail[0]!.text).toContain(`https://spejl.example/people/safetynet?tenant=${t.id}`);
    expect(await t.run((tx) => tablesHolding(tx, t.id, ['0505755555', 'AHOL', '2021-01-31', '2016-08-01']))).toEqual([]);

    const approved = await t.run((tx) => approveHeldSync(tx, t.id, held!.syncId, { userId: t.userId, label: 'Anne Admin' }));
    expect(approved.counts.left).toBe(5);
    expect(await t.run(loadPeople)).toHaveLength(9);
    expect(await t.run((tx) => snapshotPeople(tx, round))).toEqual(frozen);
    await expect(t.run((tx) => approveHeldSync(tx, t.id, held!.syncId, { userId: t.userId, label: 'x' }))).rejects.toMatchObject({ coded: { code: 'safetynet.noHeldSync' } });
    const actions = (await t.run((tx) => listAudit(tx, 20))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['safetynet.sync.applied', 'safetynet.sync.held']));
    expect((await t.run((tx) => listSyncs(tx, t.id)))[0]).toMatchObject({ status: 'approved', samples: null });
  });

  it('holds a renumbering, and a discarded sync changes nothing', async () => {
    const t = await configured('sftp-b');
    server.files.set('/ud/medarbejdere.csv', PAIR.employees.bytes);
    await runSafetyNetSync(handle.db, t.id, SERVICES, 'manual');
    // One of 14 gets a new number: 7 %, past the 5 % a sync may change without an admin.
    server.files.set('/ud/medarbejdere.csv', bytes(text(PAIR.employees.bytes).replace('1012;', '2012;')));
    const held = await runSafetyNetSync(handle.db, t.id, SERVICES, 'schedule');
    expect(held).toMatchObject({ status: 'held', counts: { left: 1, added: 1 } });
    await t.run((tx) => discardHeldSync(tx, t.id, held!.syncId, t.userId));
    expect((await t.run(loadPeople)).map((p) => p.personId)).toContain('1012');
    expect((await t.run((tx) => listSyncs(tx, t.id)))[0]).toMatchObject({ status: 'discarded' });
  });

  it('records coded failures: refused key, missing file, unreachable host, bad file', async () => {
    const other = (await import('ssh2')).default.utils.generateKeyPairSync('ecdsa', { bits: 256 }).private;
    const badKey = await configured('sftp-c', { privateKey: other });
    expect(await runSafetyNetSync(handle.db, badKey.id, SERVICES, 'manual')).toMatchObject({ status: 'failed', error: { code: 'safetynet.badKey' } });
    const missing = await configured('sftp-d', { employeesPath: '/ud/mangler.csv' });
    expect(await runSafetyNetSync(handle.db, missing.id, SERVICES, 'manual')).toMatchObject({ status: 'failed', error: { code: 'safetynet.missingFile', params: { path: '/ud/mangler.csv' } } });
    const closed = await startSftpServer({});
    await closed.stop();
    const unreachable = await configured('sftp-e', { port: closed.port });
    expect(await runSafetyNetSync(handle.db, unreachable.id, SERVICES, 'manual')).toMatchObject({ status: 'failed', error: { code: 'safetynet.unreachable' } });
    server.files.set('/ud/medarbejdere.csv', bytes(text(PAIR.employees.bytes).replace(';130;', ';999;')));
    const badFile = await configured('sftp-f');
    expect(await runSafetyNetSync(handle.db, badFile.id, SERVICES, 'manual')).toMatchObject({ status: 'failed', error: { code: 'safetynet.badFile', params: { count: 1 } } });
    expect(await badFile.run(loadPeople)).toEqual([]);
  });

  it('runs each tenant\'s sync once a day from its time of day, and never returns the key', async () => {
    const t = await configured('sftp-g');
    server.files.set('/ud/medarbejdere.csv', PAIR.employees.bytes);
    const settings = await t.run(safetyNetSettings);
    expect(settings).toMatchObject({ host: '127.0.0.1', hasKey: true, runAt: '06:30' });
    expect(JSON.stringify(settings)).not.toContain('PRIVATE KEY');
    // 06:29 and 06:30 in Copenhagen (UTC+1 in December).
    const at = (iso: string) => ({ ...SERVICES, now: () => new Date(iso) });
    await runSafetyNetJobs(handle.db, at('2026-12-08T05:29:00Z'));
    expect(await t.run((tx) => listSyncs(tx, t.id))).toEqual([]);
    await runSafetyNetJobs(handle.db, at('2026-12-08T05:30:00Z'));
    await runSafetyNetJobs(handle.db, at('2026-12-08T09:00:00Z'));
    expect(await t.run((tx) => listSyncs(tx, t.id))).toMatchObject([{ status: 'applied', trigger: 'schedule' }]);
    await runSafetyNetJobs(handle.db, at('2026-12-09T05:31:00Z'));
    expect(await t.run((tx) => listSyncs(tx, t.id))).toMatchObject([{ status: 'unchanged' }, { status: 'applied' }]);
  });
});
