import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { importPeers, listPeers } from '../../src/peers/index.ts';
import { createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';
import { PEER_THEME, peersFile, storePeople } from './fixtures.ts';

const themes = themeSourceOf([THEME, PEER_THEME]);
const BOM = '\uFEFF';

// Leaders of Egeskov: 1001 (top) → 1002, 1003; 1002 → 1004, 1005; 1003 → 1013. 1006–1012 and 1014–1016 lead nobody.
describe.each(testEngines())('importing peers on $name', (engine) => {
  let handle: SpejlDatabase;
  let egeskov: string;
  let other: string;
  const as = <T>(tenant: () => string, fn: Parameters<typeof withTenant<T>>[2]) => withTenant(handle.db, tenant(), fn);
  const inEgeskov = <T>(fn: Parameters<typeof withTenant<T>>[2]) => as(() => egeskov, fn);
  const importInto = (bytes: Uint8Array, roundId?: string) => inEgeskov((tx) => importPeers(tx, egeskov, bytes, { roundId: roundId ?? null }, { userId: null, fileName: 'peers.csv' }));
  const draft = (name: string) => inEgeskov((tx) => createRound(tx, egeskov, { name, themes: [{ id: 'samarbejde' }] }, themes));

  beforeAll(async () => {
    handle = await engine.open();
    const rows = await handle.db.insertInto('tenants').values([
      { slug: 'peers-egeskov', name: 'Egeskov', sector: 'kommune', branding: '{}' },
      { slug: 'peers-other', name: 'Anden', sector: 'kommune', branding: '{}' },
    ]).returning('id').execute();
    [egeskov, other] = [rows[0]!.id, rows[1]!.id];
    await inEgeskov((tx) => storePeople(tx, egeskov, EGESKOV));
    // The other tenant has people of its own, with ids Egeskov does not have.
    await as(() => other, (tx) => storePeople(tx, other, EGESKOV.map((p) => ({ ...p, personId: `x${p.personId}`, managerId: p.managerId && `x${p.managerId}` }))));
  });
  afterAll(() => handle?.close());

  it('reads a semicolon file with a BOM, columns by header in any order, extra columns ignored, into the standing list', async () => {
    const summary = await importInto(peersFile(`${BOM}peer_id;note;subject_id`, '1005;samme afdeling;1004', '1013;;1004', '1003;;1002', '1002;;1003'));
    expect(summary).toEqual({ pairs: 4, subjects: 3 });
    expect(await inEgeskov((tx) => listPeers(tx, {}))).toEqual([
      { subject: { personId: '1002', name: 'Ole Kjærgaard' }, peers: [{ personId: '1003', name: 'Hanne Østergård' }] },
      { subject: { personId: '1003', name: 'Hanne Østergård' }, peers: [{ personId: '1002', name: 'Ole Kjærgaard' }] },
      { subject: { personId: '1004', name: 'Mads Bæk' }, peers: [{ personId: '1005', name: 'Sørensen; Lise' }, { personId: '1013', name: 'Grethe Bach' }] },
    ]);
  });

  it('takes the example file in the documentation, written for the example people file (Egeskov)', async () => {
    const example = new Uint8Array(await readFile(new URL('../../../../docs/examples/peers.csv', import.meta.url)));
    expect(await importInto(example)).toEqual({ pairs: 6, subjects: 3 });
    await importInto(peersFile(`${BOM}peer_id;note;subject_id`, '1005;samme afdeling;1004', '1013;;1004', '1003;;1002', '1002;;1003'));
  });

  it('refuses a file built to hurt whole, naming line, column and reason of every bad row, and keeps the list it had', async () => {
    const attempt = importInto(peersFile(
      'subject_id,peer_id',
      '1004,1005', // fine, but the file is refused as a whole
      '1002,1005', // 1005 leads a team, and is one of 1002's employees
      '1004,1002', // 1002 is 1004's superior
      '1004,1004', // the subject themselves
      '1004,1011', // 1011 leads nobody
      '1006,1005', // the subject leads nobody
      '1004,x1005', // a person of another tenant
      '1004,=HYPERLINK("http://evil")', // a formula is just an unknown id
      ',1005',
      '1004,1005', // twice
    ));
    await expect(attempt).rejects.toMatchObject({
      kind: 'BAD_INPUT',
      coded: { code: 'peers.fileHasProblems', params: { fileName: 'peers.csv', count: 9 } },
      issues: [
        { line: 3, column: 'peer_id', code: 'peers.isEmployee', params: { peer: 'Sørensen; Lise (1005)', subject: 'Ole Kjærgaard (1002)' } },
        { line: 4, column: 'peer_id', code: 'peers.isSuperior' },
        { line: 5, column: 'peer_id', code: 'peers.isSubject' },
        { line: 6, column: 'peer_id', code: 'peers.notALeader', params: { person: 'Signe Kjær (1011)' } },
        { line: 7, column: 'subject_id', code: 'peers.notALeader' },
        { line: 8, column: 'peer_id', code: 'peers.notAPerson', params: { id: 'x1005' } },
        { line: 9, column: 'peer_id', code: 'peers.notAPerson' },
        { line: 10, column: 'subject_id', code: 'peers.idEmpty' },
        { line: 11, column: 'peer_id', code: 'peers.duplicate', params: { other: 2 } },
      ],
    });
    expect((await inEgeskov((tx) => listPeers(tx, {}))).flatMap((e) => e.peers.map((p) => p.personId))).toEqual(['1003', '1002', '1005', '1013']);
  });

  it('says which column is missing and refuses a file with no pairs', async () => {
    await expect(importInto(peersFile('subject,peer_id', '1004,1005'))).rejects.toMatchObject({ issues: [{ line: 1, column: 'subject_id', code: 'peers.columnMissing' }] });
    await expect(importInto(peersFile('subject_id,peer_id', '', ''))).rejects.toMatchObject({ issues: [{ code: 'peers.noPairs' }] });
  });

  it('lets another tenant\'s admin neither import into this tenant\'s round nor name this tenant\'s people', async () => {
    const round = await draft('Egeskovs runde');
    await expect(as(() => other, (tx) => importPeers(tx, other, peersFile('subject_id,peer_id', 'x1004,x1005'), { roundId: round.id }, { userId: null }))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    await expect(as(() => other, (tx) => importPeers(tx, other, peersFile('subject_id,peer_id', '1004,1005'), {}, { userId: null }))).rejects.toMatchObject({
      issues: [{ line: 2, column: 'subject_id', code: 'peers.notAPerson' }, { line: 2, column: 'peer_id', code: 'peers.notAPerson' }],
    });
    await expect(as(() => other, (tx) => listPeers(tx, { roundId: round.id }))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    expect(await inEgeskov((tx) => listPeers(tx, { roundId: round.id }))).toEqual([]);
  });

  it('takes a round\'s own peers only before launch, and launch freezes them with the peers\' threshold', async () => {
    await inEgeskov((tx) => tx.updateTable('tenants').set({ peer_threshold: 4 }).where('id', '=', egeskov).execute());
    const round = await draft('Med sideordnede');
    await importInto(peersFile('subject_id,peer_id', '1004,1003', '1004,1013'), round.id);
    const launched = await inEgeskov((tx) => launchRound(tx, egeskov, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY }));
    expect(launched.round.peerThreshold).toBe(4);
    // The round's own list replaces the standing list for 1004; 1002 and 1003 keep the standing list's peers.
    const frozen = await inEgeskov((tx) => listPeers(tx, { roundId: round.id }));
    expect(frozen.map((e) => [e.subject.personId, e.peers.map((p) => p.personId)])).toEqual([['1002', ['1003']], ['1003', ['1002']], ['1004', ['1003', '1013']]]);
    await expect(importInto(peersFile('subject_id,peer_id', '1004,1005'), round.id)).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'peers.roundNotDraft' } });
    if (engine.name !== 'citus') {
      // The database refuses too, whatever path a write takes (on Citus the statements keep the rule).
      await expect(inEgeskov((tx) => tx.insertInto('round_peers').values({ tenant_id: egeskov, round_id: round.id, subject_id: '1004', peer_id: '1005' }).execute())).rejects.toThrow(/fixed since launch/);
      await expect(inEgeskov((tx) => tx.updateTable('rounds').set({ peer_threshold: 3 }).where('id', '=', round.id).execute())).rejects.toThrow(/frozen since launch/);
    }
  });

  it('keeps the peer threshold at 3 or more in the database', async () => {
    await expect(inEgeskov((tx) => tx.updateTable('tenants').set({ peer_threshold: 2 }).where('id', '=', egeskov).execute())).rejects.toThrow(/check/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'peers.import'`.execute(handle.db);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
