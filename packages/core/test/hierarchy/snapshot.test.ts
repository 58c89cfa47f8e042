import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testEngines } from '@spejl/db/testing';
import { sql, type SpejlDatabase } from '@spejl/db';
import { movePerson, setExempt } from '../../src/hierarchy/people-edits.ts';
import { applyPeopleImport } from '../../src/hierarchy/people-import.ts';
import { freezeSnapshot, snapshotChain, snapshotForest, snapshotPeople, snapshotSummary } from '../../src/hierarchy/snapshot.ts';
import { CLI, CONFIRMED, EGESKOV, egeskovWith, newTenant } from './hierarchy-db.ts';

describe.each(testEngines())('round snapshots on $name', (engine) => {
  let handle: SpejlDatabase;
  beforeAll(async () => { handle = await engine.open(); });
  afterAll(() => handle?.close());

  it('freezes the hierarchy with depth, pre-order ranges and the closure table', async () => {
    const t = await newTenant(handle, 'snap-a');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    await t.run((tx) => setExempt(tx, '1005', true, 'ny leder'));
    const round = randomUUID();
    const summary = await t.run((tx) => freezeSnapshot(tx, round));
    expect(summary).toMatchObject({ roundId: round, people: 16, leaders: 6, tops: 1, maxDepth: 3 });

    const people = await t.run((tx) => snapshotPeople(tx, round));
    expect(people[0]).toMatchObject({ personId: '1001', ord: 0, parentOrd: null, depth: 0, subtreeEnd: 15, directReports: 2 });
    const ole = people.find((p) => p.personId === '1002')!;
    const chain = people.slice(ole.ord, ole.subtreeEnd + 1).map((p) => p.personId).sort();
    expect(chain).toEqual(['1002', '1004', '1005', '1006', '1007', '1008', '1009', '1010', '1011', '1012']);
    expect(people.find((p) => p.personId === '1005')).toMatchObject({ exempt: true, depth: 2, managerId: '1002' });
    for (const p of people) if (p.parentOrd !== null) expect(people[p.parentOrd]?.personId).toBe(p.managerId);

    const closure = await t.run((tx) => snapshotChain(tx, round, '1002'));
    expect(closure.map((c) => c.personId).sort()).toEqual(chain);
    expect(closure.filter((c) => c.distance === 2).map((c) => c.personId).sort()).toEqual(['1006', '1007', '1008', '1009', '1010', '1011', '1012']);
    const forest = await t.run((tx) => snapshotForest(tx, round));
    expect(forest.ids).toEqual(people.map((p) => p.personId));
  });

  it('keeps a past round unchanged when the organisation changes afterwards', async () => {
    const t = await newTenant(handle, 'snap-b');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    const round = randomUUID();
    await t.run((tx) => freezeSnapshot(tx, round));
    const before = await t.run((tx) => snapshotPeople(tx, round));
    await t.run((tx) => movePerson(tx, '1006', '1005'));
    await t.importText(egeskovWith({ '1016': null, '1007': '1007;Karen Nyt-Navn;kda@egeskov.dk;1004;lærer;' }), {}, CONFIRMED);
    expect(await t.run((tx) => snapshotPeople(tx, round))).toEqual(before);
    const later = randomUUID();
    await t.run((tx) => freezeSnapshot(tx, later));
    expect((await t.run((tx) => snapshotPeople(tx, later))).length).toBe(15);
  });

  it('freezes a round once, and the application cannot change a frozen snapshot', async () => {
    const t = await newTenant(handle, 'snap-c');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    const round = randomUUID();
    await t.run((tx) => freezeSnapshot(tx, round));
    await expect(t.run((tx) => freezeSnapshot(tx, round))).rejects.toMatchObject({ kind: 'CONFLICT' });
    await expect(t.run((tx) => sql`update round_people set manager_id = null where person_id = '1006'`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(t.run((tx) => sql`delete from round_closure where ancestor_ord = 0`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(t.run((tx) => sql`delete from round_snapshots`.execute(tx))).rejects.toThrow(/permission denied/);
    expect((await t.run((tx) => snapshotSummary(tx, round)))?.people).toBe(16);
  });

  it("does not show one tenant's snapshot to another", async () => {
    const a = await newTenant(handle, 'snap-d');
    const b = await newTenant(handle, 'snap-e');
    await a.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    const round = randomUUID();
    await a.run((tx) => freezeSnapshot(tx, round));
    expect(await b.run((tx) => snapshotPeople(tx, round))).toEqual([]);
    expect(await b.run((tx) => snapshotSummary(tx, round))).toBeNull();
  });
});
