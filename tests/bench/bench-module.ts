import { sql, type SpejlDatabase } from '@spejl/db';
import type { BenchSize } from './bench-size.ts';

export type { BenchSize } from './bench-size.ts';

/** One measured figure, with DESIGN.md's target where it sets one. */
export interface BenchFigure {
  name: string;
  /** Median wall time of the runs (or, with unit '×', a ratio between two figures). */
  medianMs: number;
  targetMs?: number;
  /** What medianMs and targetMs count: milliseconds unless said. */
  unit?: 'ms' | '×';
  note?: string;
}

/** What the runner hands each bench: a fresh, migrated PostgreSQL database of its own, and how big to run. */
export interface BenchContext {
  database: SpejlDatabase;
  databaseUrl: string;
  /** Persons, runs and load seconds to use: every bench takes its sizes from here (small in CI). */
  size: BenchSize;
}

/** The URL of the bench's own database, for a server the bench starts in a child process. */
export async function benchDatabaseUrl({ database, databaseUrl }: BenchContext): Promise<string> {
  const name = (await sql<{ db: string }>`select current_database() as db`.execute(database.db)).rows[0]!.db;
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
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

/** Median wall time of `runs` timed calls after `warmup` untimed ones, both as the bench size allows. */
export async function medianTime(size: BenchSize, fn: () => unknown, runs: number, warmup = 3): Promise<number> {
  for (let i = 0; i < size.warmup(warmup); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < size.runs(runs); i++) times.push((await timed(async () => fn())).ms);
  return medianOf(times);
}

/** Median wall time and CPU time of this process (on a shared machine the steadier one) over `runs` timed calls, as the bench size allows. */
export async function measureWithCpu(size: BenchSize, fn: () => unknown, runs: number, warmup = 3): Promise<{ medianMs: number; cpuMs: number }> {
  for (let i = 0; i < size.warmup(warmup); i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < size.runs(runs); i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { medianMs: medianOf(wall), cpuMs: medianOf(cpu) };
}
