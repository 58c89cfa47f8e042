import { z } from 'zod';
import { sql } from '@spejl/db';
import { benchDatabaseUrl, type BenchContext, type BenchFigure, type BenchModule } from './bench-module.ts';
import { runChildScript } from './child-script.ts';
import { largeRound } from './large-round.ts';
import { seedRound } from './seed-round.ts';

/*
 * Growth (DESIGN.md "Performance"): the roll-up from the database to the filtered view, and the
 * memory of a server process holding the round, at 10k, 40k and 160k persons side by side. Cost
 * must grow no faster than the data: 160k may cost at most 4.5 × 40k (the data grows 4 ×).
 *
 * A ratio is only as fair as its two measurements. Every size is seeded before any is timed, and the
 * tables are vacuumed and analysed, as autovacuum leaves them once a round has closed: each size
 * then meets the same tables, plans and page state, where timing each size straight after seeding
 * it timed the largest next to its own bulk load (pages not yet vacuumed, statistics from before
 * it) and the smaller ones before the largest existed. The sizes are timed interleaved in a fresh process
 * (rollup-timer.ts), so a spell of load from others on the machine, or garbage one size leaves,
 * falls on every size alike.
 */

const PERSONS = [10_000, 40_000, 160_000];
const GROWTH_TARGET = 4.5;
const MB = 2 ** 20;

const held = z.object({ rssBefore: z.number(), rssAfter: z.number(), heapBefore: z.number(), heapAfter: z.number(), leaders: z.number() });
type Held = z.infer<typeof held>;
const timings = z.array(z.object({ medianMs: z.number(), cpuMs: z.number(), serverCpuMs: z.number().nullable(), bothCpuMs: z.number().nullable() }));
/** What the roll-up reads, made as autovacuum leaves it after a round has closed: visibility map set, statistics fresh. */
const ROLLUP_TABLES = ['rounds', 'round_people', 'round_forms'];

/** One size's figures. */
interface Measured {
  persons: number;
  leaders: number;
  forms: number;
  medianMs: number;
  cpuMs: number;
  /** The database backend's CPU time, and the median of both sides' per run; null where the backend cannot be read. */
  serverCpuMs: number | null;
  bothCpuMs: number | null;
  memory: Held;
}

/**
 * The roll-up's cost at 160k over 40k. On a machine shared with other work, wall time is mostly
 * how long each run waited for a CPU (between runs here it swung from 1.7× to 7.8×),
 * so where the database backend's CPU time can be read the ratio is of CPU time, the roll-up
 * process's and the backend's: the work done, which is what must grow no faster than the data.
 */
function timeRatio(middle: Measured, large: Measured): Pick<BenchFigure, 'medianMs' | 'note'> {
  const data = `data grows ${(large.forms / middle.forms).toFixed(1)}× in forms`;
  const wall = `wall time ${(large.medianMs / middle.medianMs).toFixed(2)}×`;
  if (large.bothCpuMs === null || middle.bothCpuMs === null) return { medianMs: large.medianMs / middle.medianMs, note: `${data}; of wall time (the database's CPU time cannot be read here)` };
  return { medianMs: large.bothCpuMs / middle.bothCpuMs, note: `${data}; of CPU time, roll-up process + database backend (process alone ${(large.cpuMs / middle.cpuMs).toFixed(2)}×); ${wall}` };
}

const persons = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const signedMb = (bytes: number) => `${bytes < 0 ? '−' : '+'}${mb(Math.abs(bytes))}`;

async function run(context: BenchContext): Promise<BenchFigure[]> {
  const { database, size } = context;
  const url = await benchDatabaseUrl(context);
  const seeded = [];
  for (const full of PERSONS) {
    const round = largeRound(size.scaled(full));
    seeded.push({ ...(await seedRound(database.db, round)), persons: round.hierarchy.manager.length, leaders: round.leaders, forms: round.forms.count });
  }
  await sql`VACUUM (ANALYZE) ${sql.join(ROLLUP_TABLES.map((t) => sql.table(t)))}`.execute(database.db);
  const rounds = JSON.stringify(seeded.map(({ tenantId, roundId }) => ({ tenantId, roundId })));
  const times = await runChildScript('rollup-timer.ts', { BENCH_DATABASE_URL: url, BENCH_ROUNDS: rounds, BENCH_RUNS: String(size.runs(9)), BENCH_WARMUP: String(size.warmup(2)) }, timings);
  const measured: Measured[] = [];
  for (const [i, { tenantId, roundId, ...shape }] of seeded.entries()) {
    const memory = await runChildScript('round-holder.ts', { BENCH_DATABASE_URL: url, BENCH_TENANT: tenantId, BENCH_ROUND: roundId }, held);
    measured.push({ ...shape, ...times[i]!, memory });
  }
  const rows: BenchFigure[] = measured.map((m) => ({
    name: `growth: roll-up at ${persons(m.persons)} persons`,
    medianMs: m.medianMs,
    note: `server RSS ${mb(m.memory.rssAfter)} holding the round (${signedMb(m.memory.rssAfter - m.memory.rssBefore)}, heap ${signedMb(m.memory.heapAfter - m.memory.heapBefore)}); ${m.leaders.toLocaleString('en')} leaders, ${m.forms.toLocaleString('en')} forms; CPU ${m.cpuMs.toFixed(0)} ms${m.serverCpuMs === null ? '' : ` + database ${m.serverCpuMs.toFixed(0)} ms`}`,
  }));
  const [, middle, large] = measured as [Measured, Measured, Measured];
  // Below a megabyte the difference is page-allocation noise (small mode's rounds): counted as 1 MB, so a ratio, never 0 / 0.
  const grown = (m: Measured) => Math.max(MB, m.memory.rssAfter - m.memory.rssBefore);
  const heap = (m: Measured) => Math.max(MB, m.memory.heapAfter - m.memory.heapBefore);
  const span = `${persons(large.persons)} / ${persons(middle.persons)}`;
  rows.push(
    { name: `growth: roll-up time ${span}`, unit: '×', targetMs: GROWTH_TARGET, ...timeRatio(middle, large) },
    { name: `growth: server memory for the round ${span}`, medianMs: grown(large) / grown(middle), unit: '×', targetMs: GROWTH_TARGET, note: `resident memory added by holding the round; heap alone ${(heap(large) / heap(middle)).toFixed(2)}×` },
  );
  return rows;
}

/** Roll-up time and server memory at three sizes, side by side. */
const bench: BenchModule = { name: 'growth', run };
export default bench;
