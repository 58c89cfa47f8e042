import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { recordAudit } from '../../src/audit/log.ts';
import { applyPeopleImport, hierarchySnapshots } from '../../src/hierarchy/index.ts';
import { createMailer } from '../../src/mail/transport.ts';
import { importResponses } from '../../src/responses/index.ts';
import { printLetters, redeemLetterCode, UnknownLetterCodeError } from '../../src/letters/index.ts';
import { applyRetention, erasePerson, exportPerson } from '../../src/retention/index.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { runTenantMail } from '../../src/rounds/messages/mail-worker.ts';
import { rollupCsv } from '../../src/rollup/export-format.ts';
import { loadRoundRollup } from '../../src/rollup/round-rollup.ts';
import { TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';
import { databaseDump } from './database-dump.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../rollup/fixtures/${name}`, import.meta.url)));
const IMPORT = { actor: { userId: null, label: 'test' }, source: 'cli' as const, confirmLargeChange: true };
const MONTH = 31 * 24 * 3600 * 1000;

/** The people who leave between the round and retention: a leader with her whole team, and one nurse. */
const LEAVERS = ['1005', '1011', '1012', '1016'];
const LEFT_TRACES = ['Sørensen; Lise', 'Signe Kjær', 'Niels Ågaard', 'Jørgen Friis', 'lis@egeskov.dk', 'ski@egeskov.dk', 'nag@egeskov.dk', 'jfr@egeskov.dk'];

/** The people file without the leavers. */
function laterPeopleFile(): Uint8Array {
  const lines = new TextDecoder().decode(fixture('egeskov-people.csv')).split(/\r?\n/);
  return new TextEncoder().encode(lines.filter((l) => !LEAVERS.some((id) => l.startsWith(`${id};`))).join('\n'));
}

describe.each(testEngines())('retention and erasure on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let otherId: string;
  let roundId: string;
  let before: string;
  let letterCode: string;
  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2], tenant = tenantId) => withTenant(handle.db, tenant, fn);
  const rollup = async () => rollupCsv((await inTenant((tx) => loadRoundRollup(tx, roundId))).rollup);

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('egeskov')).id;
    otherId = (await tenant('naboby')).id;
    await inTenant(async (tx) => {
      await applyPeopleImport(tx, { fileName: 'people.csv', bytes: fixture('egeskov-people.csv') }, IMPORT);
      const round = await createRound(tx, tenantId, { name: 'Måling 2026', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
      roundId = round.id;
    });
    // Invitations go out (the outbox keeps a copy addressed by name), then the round closes with its answers.
    await runTenantMail(handle.db, tenantId, { mailer: createMailer({ from: 'spejl@example.org' }), linkKey: TEST_LINK_KEY, publicUrl: 'https://spejl.example', now: () => new Date() });
    expect(await inTenant((tx) => tx.selectFrom('mail_outbox').select('to_address').execute())).toHaveLength(16);
    // A leaver had an account: a membership bound to her, a sign-in from an address, an invitation.
    await handle.db.insertInto('user').values({ id: 'u-lise', name: 'Sørensen; Lise', email: 'lis@egeskov.dk', emailVerified: true, operator: false, locale: 'da', createdAt: new Date(), updatedAt: new Date() } as never).execute();
    await inTenant(async (tx) => {
      await tx.insertInto('memberships').values({ tenant_id: tenantId, user_id: 'u-lise', role: 'leader', person_id: '1005' }).execute();
      await tx.insertInto('invitations').values({ tenant_id: tenantId, email: 'lis@egeskov.dk', role: 'leader', person_id: '1005', token_hash: 'h', expires_at: new Date(), invited_by: null }).execute();
      await recordAudit(tx, { tenantId, actorUserId: 'u-lise', action: 'auth.signIn', target: 'lis@egeskov.dk', details: { address: '10.0.0.7' } });
      await recordAudit(tx, { tenantId, actorUserId: null, action: 'people.update', target: '1016', details: { name: 'Jørgen Friis' } });
      // A printed letter for a nurse who leaves: its code must lead nowhere once the round is erased.
      const letters = await printLetters(tx, tenantId, null, { linkKey: TEST_LINK_KEY, publicUrl: 'https://spejl.example/' }, { roundId, personIds: ['1012'] });
      letterCode = letters.letters[0]!.code;
      await closeRound(tx, roundId);
      await importResponses(tx, tenantId, roundId, fixture('egeskov-responses.csv'), 'responses.csv');
    });
    before = await rollup();
    await inTenant((tx) => applyPeopleImport(tx, { fileName: 'people-later.csv', bytes: laterPeopleFile() }, IMPORT));
  }, 120_000);
  afterAll(() => handle?.close());

  const actor = { userId: null, via: 'cli' as const };

  it('holds the leavers in the round until the period has passed: an earlier apply deletes nothing', async () => {
    const report = await applyRetention(handle.db, tenantId, { asOf: new Date(Date.now() + 23 * MONTH), dryRun: false, actor });
    expect(report.rounds).toEqual([]);
    const dump = await databaseDump(handle.db);
    for (const trace of LEFT_TRACES) expect(dump, trace).toContain(trace);
  });

  it('counts per table on a dry run and changes nothing', async () => {
    const dump = await databaseDump(handle.db);
    const report = await applyRetention(handle.db, tenantId, { asOf: new Date(Date.now() + 25 * MONTH), dryRun: true, actor });
    expect(report.rounds).toHaveLength(1);
    expect(report.rounds[0]!.counts).toMatchObject({ round_people: 16, round_respondents: 16, memberships: 1, invitations: 1 });
    expect(report.rounds[0]!.counts.mail_outbox).toBeGreaterThan(0);
    expect(await databaseDump(handle.db)).toBe(dump);
  });

  it("leaves no trace of the leavers' names or addresses anywhere, and the round's numbers as they were", async () => {
    const report = await applyRetention(handle.db, tenantId, { asOf: new Date(Date.now() + 25 * MONTH), dryRun: false, actor });
    expect(report.rounds.map((r) => r.roundId)).toEqual([roundId]);
    expect(report.accounts).toBe(1);
    const dump = await databaseDump(handle.db);
    for (const trace of LEFT_TRACES) expect(dump, trace).not.toContain(trace);
    expect(dump).not.toContain('10.0.0.7');
    // The people still employed are still in the hierarchy (the search does find names).
    expect(dump).toContain('Birgitte Ravn');
    expect(await rollup()).toBe(before);
    await expect(redeemLetterCode(handle.db, TEST_LINK_KEY, letterCode)).rejects.toBeInstanceOf(UnknownLetterCodeError);
    expect(await handle.db.selectFrom('letter_code_routes').select('code_hash').where('tenant', '=', tenantId).execute()).toEqual([]);
    const { leaders, rollup: r } = await inTenant((tx) => loadRoundRollup(tx, roundId));
    expect(leaders[r.tree.slotOfPersonId.get('1005')!]!.name).toBe('Leder af Børnehuset Mælkebøtten');
    const audit = await inTenant((tx) => tx.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'retention.apply').execute());
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ via: 'cli', rows: { round_respondents: 16 } });
  });

  it('does a round once: a second apply finds nothing due', async () => {
    const report = await applyRetention(handle.db, tenantId, { asOf: new Date(Date.now() + 30 * MONTH), dryRun: false, actor });
    expect(report.rounds).toEqual([]);
  });

  it('exports and then erases one person on request without changing a published number', async () => {
    const exported = await inTenant((tx) => exportPerson(tx, '1014'));
    expect(exported.tables.people).toEqual([expect.objectContaining({ name: 'Frederik Holm', email: 'fho@egeskov.dk' })]);
    await inTenant((tx) => recordAudit(tx, { tenantId, actorUserId: null, action: 'member.invite', target: 'fho@egeskov.dk', details: {} }));
    const erased = await erasePerson(handle.db, tenantId, '1014', null, 'cli');
    expect(erased.counts.people).toBe(1);
    const dump = await databaseDump(handle.db);
    expect(dump).not.toContain('Frederik Holm');
    expect(dump).not.toContain('fho@egeskov.dk');
    expect(dump).toContain(erased.pseudonym);
    expect(await rollup()).toBe(before);
    // What stays under the HR id is the person's place, never who they were.
    const after = JSON.stringify(await inTenant((tx) => exportPerson(tx, '1014')));
    expect(after).not.toMatch(/Frederik Holm|fho@egeskov\.dk/);
    expect(after).toContain('Medarbejder');
  });

  it('refuses to erase a leader people still report to, and a person of another organisation', async () => {
    await expect(erasePerson(handle.db, tenantId, '1004', null, 'cli')).rejects.toMatchObject({ kind: 'CONFLICT' });
    await expect(erasePerson(handle.db, otherId, '1015', null, 'cli')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    expect(await databaseDump(handle.db)).toContain('Mette Vinther');
  });

  it("keeps the privileged path narrow: the app role cannot rewrite audit rows or snapshots, nor pseudonymise another tenant's log", async () => {
    await expect(inTenant((tx) => sql`update audit_log set target = 'x' where tenant_id = ${tenantId}::uuid`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(inTenant((tx) => sql`delete from audit_log where tenant_id = ${tenantId}::uuid`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(inTenant((tx) => sql`update round_people set name = 'x' where tenant_id = ${tenantId}::uuid`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(inTenant((tx) => sql`select spejl_pseudonymise_audit(${tenantId}::uuid, array['Mads Bæk'], 'x')`.execute(tx), otherId)).rejects.toThrow(/only the tenant of the transaction/);
    await expect(inTenant((tx) => sql`select spejl_anonymise_snapshot(${tenantId}::uuid, null, null)`.execute(tx), otherId)).rejects.toThrow(/only the tenant of the transaction/);
  });
});
