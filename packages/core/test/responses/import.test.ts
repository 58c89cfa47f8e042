import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { importResponses } from '../../src/responses/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

const HEADER = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi';
const file = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));
const GOOD = '1004,employee,4,4,3,4';

describe.each(testEngines())('responses import on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const run = (bytes: Uint8Array) => withTenant(handle.db, tenantId, (tx) => importResponses(tx, tenantId, roundId, bytes, 'responses.csv'));
  const stored = () => withTenant(handle.db, tenantId, async (tx) => Number((await tx.selectFrom('round_forms').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', roundId).executeTakeFirstOrThrow()).n));
  /** Imports a file that must fail; returns its issues after checking nothing was stored. */
  const refused = async (bytes: Uint8Array) => {
    const before = await stored();
    const error = await run(bytes).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ kind: 'BAD_INPUT' });
    expect(await stored()).toBe(before);
    return (error as { issues: unknown[] }).issues;
  };

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'egeskov', name: 'Egeskov', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Papir', themes: [{ id: 'borgerorientering' }], exemptLeaderIds: ['1003'] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY });
      // Paper forms go only into a closed round that no link answered.
      await closeRound(tx, round.id);
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('refuses a subject who is not a leader in scope (exempt, not a leader, unknown)', async () => {
    const issues = await refused(file(GOOD, '1003,employee,4,4,4,4', '1006,employee,4,4,4,4', '9999,self,4,4,4,4'));
    expect(issues).toEqual([
      { line: 3, column: 'subject_id', message: expect.stringContaining('"1003" is not a leader evaluated in this round') },
      { line: 4, column: 'subject_id', message: expect.stringContaining('"1006"') },
      { line: 5, column: 'subject_id', message: expect.stringContaining('"9999"') },
    ]);
  });

  it('refuses a role the subject cannot have, and a role that does not exist', async () => {
    const issues = await refused(file(GOOD, '1001,superior,4,4,4,4', '1004,peer,4,4,4,4', '1004,kollega,4,4,4,4'));
    expect(issues).toEqual([
      { line: 3, column: 'rater_role', message: expect.stringContaining('no superior') },
      // This round names no peers, so nobody can have a peer form in it.
      { line: 4, column: 'rater_role', message: '1004 cannot have a peer form in this round' },
      { line: 5, column: 'rater_role', message: expect.stringContaining('"kollega" is not a rater role; use employee, self, superior or peer') },
    ]);
  });

  it('refuses values outside the scale and forms with no answers', async () => {
    const issues = await refused(file(GOOD, '1004,employee,6,4,x,4', '1004,employee,,,,'));
    expect(issues).toEqual([
      { line: 3, column: 'borgerorientering.kultur', message: expect.stringContaining('"6" is not an answer') },
      { line: 3, column: 'borgerorientering.oplevet-kvalitet', message: expect.stringContaining('"x"') },
      { line: 4, message: 'the form has no answers at all' },
    ]);
  });

  it('refuses more employee forms than the leader has direct reports, and a second self form', async () => {
    const issues = await refused(file('1005,employee,4,4,4,4', '1005,employee,4,4,4,4', '1005,employee,4,4,4,4', '1004,self,4,4,4,4', '1004,self,4,4,4,4'));
    expect(issues).toEqual([
      { line: 4, column: 'subject_id', message: expect.stringContaining('at most 2 employee forms') },
      { line: 6, column: 'subject_id', message: expect.stringContaining('one self form too many') },
    ]);
  });

  it('refuses an unknown column and a missing rater_role column', async () => {
    const wrong = new TextEncoder().encode('subject_id,borgerorientering.kultur,borgerorientering.humor\n1004,4,4');
    const issues = await refused(wrong);
    expect(issues).toEqual(expect.arrayContaining([
      { line: 1, column: 'rater_role', message: expect.stringContaining('no rater_role column') },
      { line: 1, column: 'borgerorientering.humor', message: expect.stringContaining('not a statement of this round') },
    ]));
  });

  it('imports the sample file (semicolons, BOM, ved ikke) whole, and counts it against the limits afterwards', async () => {
    const sample = readFileSync(new URL('./fixtures/responses.sample.csv', import.meta.url));
    // 1003 is exempt in this round, so its rows are removed from the sample for this test.
    const text = new TextDecoder().decode(sample).split('\n').filter((l) => !l.startsWith('1003,') && !l.startsWith('1013,superior')).join('\n');
    const summary = await run(new TextEncoder().encode('\uFEFF' + text.replaceAll(',', ';')));
    expect(summary.forms).toBe(text.trim().split('\n').length - 1);
    const dk = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_forms').select('answers').where('round_id', '=', roundId).where('subject_id', '=', '1004').where('role', '=', 'employee').execute());
    expect(dk.map((f) => f.answers)).toContainEqual([4, 3, 6, 4]);
    expect(dk.map((f) => f.answers)).toContainEqual([3, 0, 3, 3]);
    // 1004 has five direct reports and five employee forms now: one more is one too many.
    expect(await refused(file(GOOD))).toEqual([{ line: 2, column: 'subject_id', message: expect.stringContaining('5 already in the round') }]);

    // The file's order (which may follow a staff list) is not the order the forms lie in.
    const byPlace = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_forms').select(['subject_id', 'role', 'answers']).where('round_id', '=', roundId).orderBy(sql`ctid`).execute());
    const fileOrder = text.trim().split('\n').slice(1).map((line) => line.split(',').slice(0, 2).join(','));
    expect(byPlace).toHaveLength(fileOrder.length);
    expect(byPlace.map((f) => `${f.subject_id},${f.role}`)).not.toEqual(fileOrder);
  });
});
