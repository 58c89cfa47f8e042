import { withTenant } from '@spejl/db';
import { decideAnonymity } from '../../packages/core/src/anonymity/suppression.ts';
import { filterRollup } from '../../packages/core/src/anonymity/filtered-rollup.ts';
import { GROUP_STATUS } from '../../packages/core/src/anonymity/statuses.ts';
import { computeRollup } from '../../packages/core/src/rollup/compute-rollup.ts';
import { rollupCsv, rollupJson } from '../../packages/core/src/rollup/export-format.ts';
import { loadInvitations, loadRoundRollup } from '../../packages/core/src/rollup/round-rollup.ts';
import { computeAggregates } from '../../packages/core/src/scoring/aggregates.ts';
import { buildLeaderTree } from '../../packages/core/src/scoring/leader-tree.ts';
import { buildReportView, renderReport, type ViewSource } from '../../packages/core/src/report-view/index.ts';
import { findReport } from '@spejl/plugin-registry';
import type { AnyTheme } from '../../packages/plugin-sdk/src/index.ts';
import { measureWithCpu, type BenchContext, type BenchFigure, type BenchModule, type BenchSize } from './bench-module.ts';
import { largeRound, type LargeRound } from './large-round.ts';
import { seedRound } from './seed-round.ts';

/** A figure with the CPU time of this process beside wall time: on a shared machine the steadier one. */
type RollupFigure = BenchFigure & { cpuMs: number };

async function inMemoryFigures(round: LargeRound, size: BenchSize): Promise<RollupFigure[]> {
  const measure = measureWithCpu.bind(null, size);
  const tree = buildLeaderTree(round.hierarchy);
  const aggregates = computeAggregates(tree, round.layout, round.forms);
  const decisions = decideAnonymity(aggregates, 5);
  const rollup = filterRollup(aggregates, decisions);
  const employee = Array.from({ length: aggregates.groupCount }, (_, g) => decisions.groupStatus[g * 3]!);
  const shown = employee.filter((s) => s === GROUP_STATUS.shown).length;
  const derivable = employee.filter((s) => s === GROUP_STATUS.derivable).length;
  const shape = `${round.hierarchy.manager.length} persons, ${tree.leaderCount} leaders, depth ${Math.max(...tree.leaderDepth) + 1}, ${round.forms.count} forms, ${round.forms.count * round.layout.itemCount} answers`;
  return [
    { name: 'rollup: leader tree from snapshot arrays', ...(await measure(() => buildLeaderTree(round.hierarchy), 25)) },
    { name: 'rollup: histograms + chain sums', ...(await measure(() => computeAggregates(tree, round.layout, round.forms), 25)), note: shape },
    { name: 'rollup: anonymity (groups + 15 means, k=5)', ...(await measure(() => decideAnonymity(aggregates, 5), 25)), note: `employee groups shown ${shown}, withheld by subtraction ${derivable}` },
    { name: 'rollup: filter', ...(await measure(() => filterRollup(aggregates, decisions), 25)) },
    { name: 'rollup: in memory, forms → filtered roll-up', ...(await measure(() => computeRollup(tree, round.layout, round.forms, 5), 25)) },
    { name: 'rollup: export CSV', ...(await measure(() => rollupCsv(rollup), 5, 1)), note: `${(rollupCsv(rollup).length / 1e6).toFixed(1)} MB` },
    { name: 'rollup: export JSON', ...(await measure(() => rollupJson(rollup), 5, 1)) },
  ];
}

function viewSource(round: LargeRound): ViewSource {
  const tree = buildLeaderTree(round.hierarchy);
  const rollup = computeRollup(tree, round.layout, round.forms, 5);
  const themes = round.layout.themes.map((t): AnyTheme => ({
    kind: 'theme', id: t.id, version: '1.0.0', roles: ['employee', 'self', 'superior'], locales: ['da', 'en'], scale: 'agree5',
    title: { da: t.id }, about: { what: { da: 'Hvad temaet handler om.' }, why: { da: 'Hvorfor det er vigtigt.' } }, intro: { employee: { da: 'Intro.' } },
    items: t.items.map((id) => ({ id, label: { da: id }, text: { employee: { da: `Min leder ${id}.` }, self: { da: `Jeg ${id}.` }, superior: { da: `Lederen ${id}.` } } })),
    guidance: { title: { da: 'Arbejd videre' }, leader: { title: { da: 'Leder' }, questions: [{ da: 'Hvad nu?' }], cases: [] }, organisation: { title: { da: 'Organisation' }, questions: [{ da: 'Hvor?' }], cases: [{ title: { da: 'Case' }, body: { da: 'Tekst.' } }] } },
  }));
  const leaders = Array.from({ length: tree.leaderCount }, (_, s) => ({ name: `Leder ${s}`, unitName: `Enhed ${s}` }));
  return { rollup, leaders, round: { name: 'Bench', closedAt: null }, organisationName: 'Storby Kommune', themes, framing: null, trend: null };
}

async function reportFigures(round: LargeRound, size: BenchSize): Promise<RollupFigure[]> {
  const measure = measureWithCpu.bind(null, size);
  const source = viewSource(round);
  const { tree } = source.rollup;
  const leader = findReport('leader')!;
  const chain = findReport('chain')!;
  // A front-line leader (deepest level) and the top of the organisation.
  const deep = tree.personIds[tree.leaderPerson[tree.bottomUp[0]!]!]!;
  const top = tree.personIds[tree.leaderPerson[tree.rootLeaders[0]!]!]!;
  buildReportView(source, { scope: 'leader', leaderId: deep, locale: 'da' }); // fills the same-level cache once per round
  return [
    { name: "report: one leader's view + document", ...(await measure(() => renderReport(leader, source, { scope: 'leader', leaderId: deep, locale: 'da' }), 25)), targetMs: 30 },
    { name: 'report: top chain view + document (2 levels)', ...(await measure(() => renderReport(chain, source, { scope: 'chain', leaderId: top, locale: 'da' }), 15)), note: `${tree.childStart[tree.rootLeaders[0]! + 1]! - tree.childStart[tree.rootLeaders[0]!]!} areas and their units` },
  ];
}

async function run(context: BenchContext): Promise<BenchFigure[]> {
  const { size } = context;
  const round = largeRound(size.persons);
  const figures = [...(await inMemoryFigures(round, size)), ...(await reportFigures(round, size))];
  const { tenantId, roundId } = await seedRound(context.database.db, round);
  const measure = measureWithCpu.bind(null, size);
  const load = () => withTenant(context.database.db, tenantId, (tx) => loadRoundRollup(tx, roundId));
  const loaded = await load();
  figures.unshift({
    name: 'rollup: PostgreSQL → filtered roll-up',
    ...(await measure(load, 9, 2)),
    targetMs: 300,
    note: `${loaded.rollup.forms[loaded.rollup.groupCount * 3 - 3]} employee forms; queries: round, leaders (${loaded.rollup.tree.leaderCount.toLocaleString('en')} rows), forms (one aggregate row)`,
  });
  figures.splice(1, 0, {
    name: 'rollup: invitations per group (for response rates)',
    ...(await measure(() => withTenant(context.database.db, tenantId, (tx) => loadInvitations(tx, roundId, loaded.rollup.tree)), 9, 2)),
  });
  return figures;
}

/** The large-tenant roll-up: from the database and in memory, with anonymity, and its exports. */
const bench: BenchModule = { name: 'rollup', run };
export default bench;
