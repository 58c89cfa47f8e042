import type { SpejlDatabase } from '@spejl/db';

/** One measured figure, with DESIGN.md's target where it sets one. */
export interface BenchFigure {
  name: string;
  /** Median wall time of the runs. */
  medianMs: number;
  targetMs?: number;
  note?: string;
}

/** What the runner hands each bench: a fresh, migrated PostgreSQL database of its own. */
export interface BenchContext {
  database: SpejlDatabase;
  databaseUrl: string;
}

/** The default export of every `tests/bench/*.bench.ts`. */
export interface BenchModule {
  name: string;
  run(context: BenchContext): Promise<BenchFigure[]>;
}

/** Times one async run. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The middle value (the lower middle for an even count). */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}
