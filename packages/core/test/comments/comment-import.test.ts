import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { importResponses } from '../../src/responses/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME_WITH_QUESTIONS } from '../rounds/fixtures.ts';

const ITEMS = 'borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi';
const HEADER = `subject_id,rater_role,${ITEMS},comment.borgerorientering.godt,comment.borgerorientering.bedre`;
const csv = (header: string, ...rows: string[]) => new TextEncoder().encode([header, ...rows].join('\n'));
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe.each(testEngines())('comments in a responses file on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const run = (bytes: Uint8Array) => withTenant(handle.db, tenantId, (tx) => importResponses(tx, tenantId, roundId, bytes, 'responses.csv'));
  const comments = () => withTenant(handle.db, tenantId, async (tx) => (await tx.selectFrom('round_forms').select(['subject_id', 'role', 'comments']).where('round_id', '=', roundId).execute()));
  const refused = async (bytes: Uint8Array) => {
    const before = (await comments()).length;
    const error = await run(bytes).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ kind: 'BAD_INPUT' });
    expect((await comments()).length).toBe(before);
    return (error as { issues: { line?: number; column?: string; message: string }[] }).issues;
  };

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'papir', name: 'Papir', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Papir', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME_WITH_QUESTIONS]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY });
      await closeRound(tx, round.id);
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('refuses a comment column of a question the round does not ask, naming the ones it does', async () => {
    const issues = await refused(csv(`${HEADER},comment.borgerorientering.kultur,comment.lokale.ellers`, '1004,employee,4,4,4,4,,,,'));
    expect(issues).toEqual([
      { line: 1, column: 'comment.borgerorientering.kultur', message: 'borgerorientering.kultur is not an open question of this round; its comment columns are comment.borgerorientering.godt, comment.borgerorientering.bedre' },
      { line: 1, column: 'comment.lokale.ellers', message: 'lokale.ellers is not an open question of this round; its comment columns are comment.borgerorientering.godt, comment.borgerorientering.bedre' },
    ]);
  });

  it('refuses the whole file for one comment over 2,000 characters, by line and column, without repeating it', async () => {
    const issues = await refused(csv(HEADER, '1004,employee,4,4,4,4,fint,', `1005,employee,3,3,3,3,${'x'.repeat(2001)},`));
    expect(issues).toEqual([{ line: 3, column: 'comment.borgerorientering.godt', message: 'the comment has 2001 characters; a comment may have at most 2000' }]);
  });

  it('refuses a huge cell before reading it as a comment, without repeating it', async () => {
    const issues = await refused(csv(HEADER, '1004,employee,4,4,4,4,fint,', `1004,employee,3,3,3,3,,${'ø'.repeat(100_000)}`));
    expect(issues).toMatchObject([{ line: 3, column: 'comment.borgerorientering.bedre', code: 'file.cellTooLong' }]);
    expect(JSON.stringify(issues)).not.toContain('øøø');
  });

  it('imports comments whole: CPR numbers masked, formulas kept as text, forms with only a comment counted', async () => {
    const formula = '=CMD|" /C calc"!A0';
    const summary = await run(csv(HEADER,
      `1004,employee,4,4,4,4,${quoted('Hun ringer tilbage; cpr 010190-1234 stod på sedlen')},${quoted(formula)}`,
      `1004,employee,,,,,${quoted('@SUM(1+1)*cmd|" /C calc"!A0')},`,
      '1004,self,5,5,5,5,,',
      `1005,employee,2,2,2,2,${'å'.repeat(2000)},`,
    ));
    expect(summary.forms).toBe(4);
    const rows = await comments();
    const asText = (c: object) => JSON.stringify(c);
    expect(rows.map((r) => asText(r.comments)).sort()).toEqual([
      {},
      { 'borgerorientering.godt': '@SUM(1+1)*cmd|" /C calc"!A0' },
      { 'borgerorientering.godt': 'Hun ringer tilbage; cpr [fjernet] stod på sedlen', 'borgerorientering.bedre': formula },
      { 'borgerorientering.godt': 'å'.repeat(2000) },
    ].map(asText).sort());
    expect(JSON.stringify(rows)).not.toContain('1234');
  });
});
