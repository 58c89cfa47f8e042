import { reports } from '@spejl/plugin-registry';
import { renderHtml, renderPdf } from '@spejl/report-render';
import { resolveReportConfigs } from '../../packages/core/src/reports/report-settings.ts';
import { roundReport, type RoundResults } from '../../packages/core/src/reports/round-reports.ts';
import { computeRollup } from '../../packages/core/src/rollup/compute-rollup.ts';
import { buildLeaderTree } from '../../packages/core/src/scoring/leader-tree.ts';
import { medianTime, type BenchContext, type BenchFigure, type BenchModule } from './bench-module.ts';
import { largeRound, largeRoundThemes, type LargeRound } from './large-round.ts';

/** The large tenant's closed round as the report service holds it: filtered roll-up, names, pinned default configuration. */
function results(round: LargeRound): RoundResults {
  const tree = buildLeaderTree(round.hierarchy);
  const rollup = computeRollup(tree, round.layout, round.forms, 5);
  const leaders = Array.from({ length: tree.leaderCount }, (_, s) => ({ name: `Leder ${s} Ærø-Østergård`, unitName: `Enhed ${s}` }));
  // The large round evaluates every leader, as a whole-organisation round does.
  const subjects = new Set(Array.from({ length: tree.leaderCount }, (_, s) => tree.personIds[tree.leaderPerson[s]!]!));
  return {
    roundId: 'bench',
    source: { rollup, leaders, round: { name: 'Ledelsesevaluering 2026', closedAt: null }, organisationName: 'Storby Kommune', themes: largeRoundThemes(round), framing: null, previous: null },
    configs: resolveReportConfigs({}, reports),
    superiorReadsReports: true,
    subjects,
  };
}

async function run({ size }: BenchContext): Promise<BenchFigure[]> {
  const round = results(largeRound(size.persons));
  const median = medianTime.bind(null, size);
  const { tree } = round.source.rollup;
  const deep = tree.personIds[tree.leaderPerson[tree.bottomUp[0]!]!]!;
  const operator = { role: 'operator' as const, personId: null };
  const leader = { role: 'leader' as const, personId: deep };
  const document = () => roundReport(round, reports, leader, { reportId: 'leader', leaderId: deep, locale: 'da' });
  const doc = document();
  const pdfBytes = (await renderPdf(doc)).length;
  return [
    { name: "report service: one leader's document (access check, pinned options)", medianMs: await median(document, 25), targetMs: 30, note: `${tree.leaderCount} leaders; a front-line leader reading their own` },
    { name: "report PDF: one leader's document → PDF", medianMs: await median(() => renderPdf(doc), 15), note: `${(pdfBytes / 1024).toFixed(0)} KB, DejaVu Sans, ECharts SVG` },
    { name: "report PDF: one leader, service + PDF", medianMs: await median(async () => renderPdf(document()), 15), targetMs: 300 },
    { name: "report HTML: one leader's document → HTML", medianMs: await median(() => renderHtml(doc), 15) },
    { name: 'report service: organisation overview document', medianMs: await median(() => roundReport(round, reports, operator, { reportId: 'tenant', locale: 'da' }), 9), note: 'units two levels below the top' },
  ];
}

/** One leader's report on DESIGN.md's large tenant: the document, its PDF and HTML. */
const bench: BenchModule = { name: 'report', run };
export default bench;
