import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport, type ReportView } from '@spejl/plugin-sdk';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { findReport } from '@spejl/plugin-registry';
import { releaseComments } from '../../src/comments/index.ts';
import { hierarchySnapshots } from '../../src/hierarchy/index.ts';
import { buildReportView } from '../../src/report-view/report-view.ts';
import { loadViewSource } from '../../src/report-view/view-source.ts';
import { importResponses } from '../../src/responses/index.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { storePeople } from '../peers/fixtures.ts';
import { EGESKOV, TEST_LINK_KEY, THEME_WITH_QUESTIONS } from '../rounds/fixtures.ts';

const HEADER = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi,comment.borgerorientering.godt,comment.borgerorientering.bedre';
// Employees per leader in Egeskov: 1001: 2 (1002, 1003), 1002: 2, 1003: 1, 1004: 5, 1005: 2, 1013: 3.
const TEAMS: Record<string, number> = { 1001: 2, 1002: 2, 1003: 1, 1004: 5, 1005: 2, 1013: 3 };
const rows = Object.entries(TEAMS).flatMap(([leader, n]) => Array.from({ length: n }, (_, i) => `${leader},employee,4,4,3,4,"${leader} godt ${i}",`));
const responses = new TextEncoder().encode([HEADER, ...rows, '1004,self,5,5,5,5,Jeg lytter,Jeg kan uddelegere mere'].join('\n'));

const leaderReport = () => findReport('leader')!;

/** Every comment text anywhere in a view, wherever it sits. */
function textsIn(view: ReportView): string[] {
  const direct = Object.values(view.comments?.direct ?? {});
  const chain = view.comments?.chain?.employee ? [view.comments.chain.employee] : [];
  return [...direct, ...chain].flatMap((c) => (c.shown ? c.questions.flatMap((q) => q.comments) : []));
}

// k = 3 and the comment threshold its default 5: only 1004's team is large enough for a set of its own.
describe.each(testEngines())('comments in reports on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(handle.db, tenantId, fn);
  const view = (scope: 'leader' | 'chain' | 'tenant', leaderId?: string) =>
    inTenant(async (tx) => buildReportView(await loadViewSource(tx, tenantId, roundId), { scope, ...(leaderId ? { leaderId } : {}), locale: 'da' }));

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'comment-reports', name: 'Egeskov', sector: 'kommune', branding: '{}', threshold: 3, comment_review: true }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await inTenant(async (tx) => {
      await storePeople(tx, tenantId, EGESKOV);
      const round = await createRound(tx, tenantId, { name: 'Med kommentarer', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME_WITH_QUESTIONS]));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
      await closeRound(tx, round.id);
      await importResponses(tx, tenantId, round.id, responses, 'responses.csv');
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('shows no comment before release, only that they are being reviewed', async () => {
    const leader = await view('leader', '1004');
    expect(leader.comments).toMatchObject({ released: false, threshold: 5, direct: { employee: { shown: false, reason: 'not-released' } } });
    expect(JSON.stringify(leader)).not.toContain('godt 0');
    expect(JSON.stringify(await view('tenant'))).not.toMatch(/\d{4} godt/);
    const document = runReport(leaderReport(), leader, {});
    expect(document.blocks).toContainEqual({ type: 'notice', tone: 'info', text: expect.stringContaining('gennemset') });
  });

  it('after release shows a team of at least the threshold its own set, sorted, self by role, and the rest once in the chain above', async () => {
    await inTenant((tx) => releaseComments(tx, tenantId, roundId, null));
    const leader = await view('leader', '1004');
    expect(leader.comments!.direct!.employee).toEqual({
      shown: true,
      questions: [{ questionId: 'borgerorientering.godt', themeId: 'borgerorientering', question: 'godt', comments: ['1004 godt 0', '1004 godt 1', '1004 godt 2', '1004 godt 3', '1004 godt 4'] }],
    });
    expect(leader.comments!.direct!.self).toMatchObject({ shown: true, questions: [{ comments: ['Jeg lytter'] }, { questionId: 'borgerorientering.bedre', comments: ['Jeg kan uddelegere mere'] }] });
    // 1005's two forms are too few; 1002's chain (1002, 1004's are placed, 1005) has 4 waiting: too few too.
    expect((await view('leader', '1005')).comments!.direct!.employee).toEqual({ shown: false, reason: 'shown-higher' });
    const middle = await view('chain', '1002');
    expect(middle.comments!.chain!.employee).toEqual({ shown: false, reason: 'none' });
    // The top's chain takes all ten waiting forms at once: 1001's, 1002's, 1003's, 1005's and 1013's.
    const top = await view('chain', '1001');
    const waiting = textsIn(top).filter((t) => !t.startsWith('1001 '));
    expect(waiting.sort()).toEqual(rows.filter((r) => !r.startsWith('1004') && !r.startsWith('1001')).map((r) => r.split('"')[1]).sort());
    // No comment in two sets a reader can open; the organisation's report shows the top's chain set, the same set.
    const all = [...textsIn(leader), ...textsIn(middle), ...textsIn(top), ...textsIn(await view('leader', '1005'))];
    expect(new Set(all).size).toBe(all.length);
    expect(textsIn(await view('tenant'))).toEqual(top.comments!.chain!.employee!.shown ? top.comments!.chain!.employee!.questions.flatMap((q) => q.comments) : null);
    const document = runReport(leaderReport(), leader, {});
    expect(document.blocks).toContainEqual({ type: 'comments', question: 'godt', group: 'Medarbejdere', comments: leader.comments!.direct!.employee!.shown ? leader.comments!.direct!.employee!.questions[0]!.comments : [] });
  });
});
