/**
 * How big `pnpm bench` runs: DESIGN.md's large tenant with medians of many runs, or the small
 * mode CI uses (`pnpm bench --small`, or SPEJL_BENCH_SIZE=small) that runs every bench once on
 * a few hundred persons, so a change that breaks a bench fails CI without costing minutes.
 */
export interface BenchSize {
  name: 'large' | 'small';
  /** The large tenant's persons: DESIGN.md's 40,000, or 400 in small mode. */
  persons: number;
  /** A count scaled as `persons` is (100 times smaller in small mode, at least 1). */
  scaled(full: number): number;
  /** Timed runs for a figure measured `full` times in large mode: 1 in small mode. */
  runs(full: number): number;
  /** Warm-up runs before timing: none in small mode. */
  warmup(full: number): number;
  /** Seconds of load (autocannon) for `full` seconds in large mode: 1 in small mode. */
  seconds(full: number): number;
}

const SMALL_FACTOR = 100;

export const LARGE: BenchSize = {
  name: 'large',
  persons: 40_000,
  scaled: (full) => full,
  runs: (full) => full,
  warmup: (full) => full,
  seconds: (full) => full,
};

export const SMALL: BenchSize = {
  name: 'small',
  persons: LARGE.persons / SMALL_FACTOR,
  scaled: (full) => Math.max(1, Math.round(full / SMALL_FACTOR)),
  runs: () => 1,
  warmup: () => 0,
  seconds: () => 1,
};

/** The size asked for on the command line (`--small`) or in SPEJL_BENCH_SIZE ('small' | 'large'). */
export function benchSizeFrom(argv: readonly string[], env: NodeJS.ProcessEnv): BenchSize {
  if (argv.includes('--small')) return SMALL;
  if (argv.includes('--large')) return LARGE;
  const named = env.SPEJL_BENCH_SIZE;
  if (named === undefined || named === '' || named === 'large') return LARGE;
  if (named === 'small') return SMALL;
  throw new Error(`SPEJL_BENCH_SIZE must be 'small' or 'large', not '${named}'`);
}
