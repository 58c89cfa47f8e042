import { decideAnonymity } from '../../packages/core/src/anonymity/suppression.ts';
import { filterRollup } from '../../packages/core/src/anonymity/filtered-rollup.ts';
import { GROUP_STATUS } from '../../packages/core/src/anonymity/statuses.ts';
import { computeRollup } from '../../packages/core/src/rollup/compute-rollup.ts';
import { rollupCsv, rollupJson } from '../../packages/core/src/rollup/export-format.ts';
import { computeAggregates } from '../../packages/core/src/scoring/aggregates.ts';
import { buildLeaderTree } from '../../packages/core/src/scoring/leader-tree.ts';
import { largeRound } from './large-round.ts';

/**
 * One measured figure: medians of several runs after warm-up, wall-clock and CPU time of
 * this process (on a shared machine the CPU figure is the steadier one), with DESIGN.md's
 * target where it sets one.
 */
export interface BenchFigure {
  name: string;
  medianMs: number;
  cpuMs: number;
  targetMs?: number;
  note?: string;
}

function middle(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

function measure(fn: () => unknown, runs: number, warmup = 3): { medianMs: number; cpuMs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { medianMs: middle(wall), cpuMs: middle(cpu) };
}

/** The full in-memory roll-up of DESIGN.md's large tenant with anonymity, and its parts and exports. */
export async function runRollupBench(): Promise<BenchFigure[]> {
  const round = largeRound();
  const tree = buildLeaderTree(round.hierarchy);
  const aggregates = computeAggregates(tree, round.layout, round.forms);
  const decisions = decideAnonymity(aggregates, 5);
  const rollup = filterRollup(aggregates, decisions);
  const employeeGroups = Array.from({ length: aggregates.groupCount }, (_, g) => decisions.groupStatus[g * 3]!);
  const shown = employeeGroups.filter((s) => s === GROUP_STATUS.shown).length;
  const derivable = employeeGroups.filter((s) => s === GROUP_STATUS.derivable).length;
  const shape = `${round.hierarchy.manager.length} persons, ${tree.leaderCount} leaders, depth ${Math.max(...tree.leaderDepth) + 1}, ${round.forms.count} forms, ${round.forms.count * round.layout.itemCount} answers`;
  return [
    { name: 'rollup: leader tree from snapshot arrays', ...measure(() => buildLeaderTree(round.hierarchy), 25) },
    { name: 'rollup: histograms + chain sums', ...measure(() => computeAggregates(tree, round.layout, round.forms), 25), note: shape },
    { name: 'rollup: anonymity (groups + 15 cells, k=5)', ...measure(() => decideAnonymity(aggregates, 5), 25), note: `employee groups shown ${shown}, withheld by subtraction ${derivable}` },
    { name: 'rollup: filter', ...measure(() => filterRollup(aggregates, decisions), 25) },
    { name: 'rollup: in memory, forms → filtered roll-up', ...measure(() => computeRollup(tree, round.layout, round.forms, 5), 25), targetMs: 300, note: 'the database read comes on top (loader: one query per table into typed arrays)' },
    { name: 'rollup: export CSV', ...measure(() => rollupCsv(rollup), 5, 1), note: `${rollupCsv(rollup).length.toLocaleString('en')} bytes` },
    { name: 'rollup: export JSON', ...measure(() => rollupJson(rollup), 5, 1) },
  ];
}

/** The module the bench runner loads. */
export default { name: 'rollup', run: runRollupBench };

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await runRollupBench()) console.log(`${f.name.padEnd(50)} ${f.medianMs.toFixed(2).padStart(9)} ms  cpu ${f.cpuMs.toFixed(2).padStart(8)} ms${f.targetMs ? ` (target ≤ ${f.targetMs})` : ''}${f.note ? `  ${f.note}` : ''}`);
}
