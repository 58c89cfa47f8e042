import type { AnyTheme, ReportView } from '@spejl/plugin-sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { buildReportView, type ViewSource } from '../../src/report-view/report-view.ts';
import { THEME } from '../rounds/fixtures.ts';
import { loadSampleRound } from '../rollup/sample-round.ts';

let source: ViewSource;
const view = (leaderId: string, scope: 'leader' | 'chain' = 'leader') => buildReportView(source, { scope, leaderId, locale: 'da' });
const employeeTheme = (v: ReportView, scope: 'direct' | 'chain' = 'direct') => v.scores[scope]!.themes.borgerorientering!.theme.employee;

beforeAll(async () => {
  const sample = await loadSampleRound();
  const rollup = computeRollup(sample.tree, sample.layout, sample.forms, 5);
  const leaders = Array.from(rollup.tree.leaderPerson, (p) => sample.names.get(rollup.tree.personIds[p]!)!);
  source = { rollup, leaders, round: { name: 'Måling 2026', closedAt: null }, organisationName: 'Egeskov Kommune', themes: [THEME as unknown as AnyTheme], framing: null };
});

describe('the filtered view of one leader', () => {
  it("gives 1004 the team's theme score, item scores with at least 5 answers, and self and superior as such", () => {
    const v = view('1004');
    expect(v.subject).toEqual({ name: 'Mads Bæk', unitName: 'Ågade Skole' });
    expect(v.threshold).toBe(5);
    expect(employeeTheme(v)).toEqual({ suppressed: false, forms: 5, n: 5, mean: expect.closeTo(3.9, 12), sd: expect.closeTo(0.6703, 4) });
    const items = v.scores.direct!.themes.borgerorientering!.items;
    expect(items.kultur!.employee).toMatchObject({ suppressed: false, n: 5, mean: 4.2, counts: [0, 0, 1, 2, 2] });
    expect(items.balance!.employee).toEqual({ suppressed: true, reason: 'too-few-answers' });
    expect(v.scores.direct!.themes.borgerorientering!.theme.self).toMatchObject({ suppressed: false, mean: 4.25 });
  });

  it('withholds a small team whole and says why, while its self-assessment stays', () => {
    const v = view('1005');
    expect(employeeTheme(v)).toEqual({ suppressed: true, reason: 'below-threshold' });
    expect(Object.values(v.scores.direct!.themes.borgerorientering!.items).every((i) => i.employee?.suppressed)).toBe(true);
    expect(v.scores.direct!.themes.borgerorientering!.theme.self).toMatchObject({ suppressed: false, mean: 4.25 });
  });

  it("says a chain is withheld because it would reveal a smaller group by subtraction (1002's chain)", () => {
    expect(employeeTheme(view('1002'), 'chain')).toEqual({ suppressed: true, reason: 'complementary' });
  });

  it('compares with the organisation and with the shown teams at the same level', () => {
    const v = view('1005');
    const organisation = v.comparisons.find((c) => c.key === 'organisation')!;
    expect(organisation.scores.themes.borgerorientering!.theme.employee).toMatchObject({ suppressed: false, forms: 15, mean: expect.closeTo(221 / 60, 12) });
    // Depth 2 has 1004, 1005 and 1013; only 1004's team is shown, so the level is 1004's figures.
    const level = v.comparisons.find((c) => c.key === 'level')!;
    expect(level.scores.themes.borgerorientering!.theme.employee).toMatchObject({ forms: 5, mean: expect.closeTo(3.9, 12) });
    expect(level.scores.themes.borgerorientering!.items.balance!.employee).toMatchObject({ suppressed: true });
  });

  it('follows the same leader back to an earlier round by person id, as a trend rather than a comparison group', () => {
    const earlier = { roundId: '00000000-0000-4000-8000-000000000025', name: 'Måling 2025', closedAt: '2025-11-30T12:00:00.000Z', rollup: source.rollup, units: [] };
    const v = buildReportView({ ...source, trend: { earlier: [earlier], units: [], mappings: [] } }, { scope: 'leader', leaderId: '1004', locale: 'en' });
    expect(v.comparisons.map((c) => c.key)).toEqual(['organisation', 'level']);
    expect(v.trend).toMatchObject({ group: 'direct', rounds: [{ name: 'Måling 2025' }], unmatchedRounds: 0 });
    expect(v.trend!.themes.borgerorientering).toEqual([{ shown: true, mean: expect.closeTo(3.9, 12), n: 5 }]);
    // 1005's team is withheld: no point, whatever the earlier round says.
    const small = buildReportView({ ...source, trend: { earlier: [earlier], units: [], mappings: [] } }, { scope: 'leader', leaderId: '1005', locale: 'en' });
    expect(small.trend!.themes.borgerorientering).toEqual([{ shown: false, reason: 'not-published' }]);
  });

  it('lists the units below a chain with their depth, and refuses someone who is not a leader', () => {
    const v = view('1001', 'chain');
    expect(v.units.map((u) => [u.leaderName, u.unitName, u.depth])).toEqual([
      ['Ole Kjærgaard', 'Børn og Unge', 1], ['Mads Bæk', 'Ågade Skole', 2], ['Sørensen; Lise', 'Børnehuset Mælkebøtten', 2],
      ['Hanne Østergård', 'Sundhed og Ældre', 1], ['Grethe Bach', 'Hjemmeplejen Nord', 2],
    ]);
    expect(v.units[1]!.scores.chain.themes.borgerorientering!.theme.employee).toMatchObject({ suppressed: false, forms: 5 });
    expect(() => view('1006')).toThrow(/not a leader/);
  });

  it('carries no person id and no tenant id', () => {
    const text = JSON.stringify([view('1004'), view('1001', 'chain')]);
    for (const id of ['1001', '1002', '1004', '1005', '1013']) expect(text).not.toContain(`"${id}"`);
  });
});
