import fc from 'fast-check';
import type { AnyTheme, ReportView } from '@spejl/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { groupFigures, themeCell } from '../../src/anonymity/filtered-rollup.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { buildReportView, type ViewSource } from '../../src/report-view/report-view.ts';
import { directGroup } from '../../src/scoring/groups.ts';
import { asRollupInput, randomRound, TEST_THEMES } from '../anonymity/random-round.ts';

const themes = TEST_THEMES.map((t): AnyTheme => ({
  kind: 'theme', id: t.id, version: '1.0.0', roles: ['employee', 'self', 'superior'], locales: ['da'], scale: 'agree5',
  title: { da: t.id }, about: { what: { da: '' }, why: { da: '' } }, intro: { employee: { da: '' } },
  items: t.items.map((id) => ({ id, label: { da: id }, text: { employee: { da: id } } })),
}));

/** Every employee figure a view shows, wherever it sits (own scores, units, comparisons). */
function shownEmployeeFigures(view: ReportView): { n: number; forms: number }[] {
  const groups = [view.scores.direct, view.scores.chain, ...view.units.flatMap((u) => [u.scores.direct, u.scores.chain]), ...view.comparisons.map((c) => c.scores)];
  return groups.flatMap((g) => Object.values(g?.themes ?? {}).flatMap((t) => [t.theme.employee, ...Object.values(t.items).map((i) => i.employee)]))
    .flatMap((a) => (a && !a.suppressed ? [{ n: a.n, forms: a.forms }] : []));
}

describe('report views on random rounds', () => {
  it('show no employee mean resting on fewer than k answers, and a leader’s team exactly when the roll-up shows it', () => {
    fc.assert(fc.property(randomRound({ maxPersons: 14 }), (round) => {
      const { tree, layout, batch } = asRollupInput(round);
      const rollup = computeRollup(tree, layout, batch, round.k);
      const leaders = Array.from({ length: tree.leaderCount }, (_, s) => ({ name: `Leader ${s}`, unitName: null }));
      const source: ViewSource = { rollup, leaders, round: { name: 'R', closedAt: null }, organisationName: 'O', themes, framing: null };
      const views = [buildReportView(source, { scope: 'tenant', locale: 'da', unitDepth: 9 })];
      for (let s = 0; s < tree.leaderCount; s++) {
        const leaderId = tree.personIds[tree.leaderPerson[s]!]!;
        const view = buildReportView(source, { scope: 'leader', leaderId, locale: 'da' });
        views.push(view, buildReportView(source, { scope: 'chain', leaderId, locale: 'da' }));
        const team = view.scores.direct!.themes.alfa!.theme.employee!;
        const cell = themeCell(rollup, directGroup(tree, s), 0, 0);
        expect(team.suppressed).toBe(!cell.shown);
        if (groupFigures(rollup, directGroup(tree, s), 0).forms < round.k) expect(team).toMatchObject({ suppressed: true });
      }
      for (const view of views) {
        for (const figure of shownEmployeeFigures(view)) {
          expect(figure.n).toBeGreaterThanOrEqual(round.k);
          expect(figure.forms).toBeGreaterThanOrEqual(round.k);
        }
        expect(JSON.stringify(view)).not.toMatch(/"p\d+"/);
      }
    }), { numRuns: 150 });
  });
});
