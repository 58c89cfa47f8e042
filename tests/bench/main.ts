/**
 * `pnpm bench`: runs every `tests/bench/*.bench.ts` against PostgreSQL (DATABASE_URL, any
 * PostgreSQL-compatible server such as a Citus coordinator), each in a fresh database, prints
 * figure vs target and writes the figures as JSON to tests/bench/results/.
 *   pnpm bench people              only the benches whose file name contains "people"
 *   pnpm bench --small             every bench once on small data (CI; or SPEJL_BENCH_SIZE=small)
 *   pnpm bench --compare a.json b.json   two result files' figures side by side
 * Exits non-zero when a bench throws or gives a figure that is not a number; a missed target is ✗, not a failure.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestEngine } from '@spejl/db/testing';
import { benchEngine, benchLabel, describeEngine, type BenchEngine } from './bench-engine.ts';
import type { BenchModule } from './bench-module.ts';
import { benchSizeFrom, type BenchSize } from './bench-size.ts';
import { compareResultFiles } from './compare.ts';
import { printTable, type Row } from './print-table.ts';

const DEFAULT_URL = 'postgres://root@127.0.0.1:5432/postgres';
const here = dirname(fileURLToPath(import.meta.url));

function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && typeof (value as BenchModule).name === 'string' && typeof (value as BenchModule).run === 'function';
}

/** Figures that are not finite numbers: a bench that "ran" but measured nothing is broken, not slow. */
function brokenFigures(rows: readonly Row[]): string[] {
  return rows.filter((r) => !Number.isFinite(r.medianMs) || (r.targetMs !== undefined && !Number.isFinite(r.targetMs))).map((r) => `${r.bench}: "${r.name}" is ${r.medianMs}`);
}

interface Run {
  rows: Row[];
  engine: BenchEngine;
}

async function runOne(file: string, engine: TestEngine, databaseUrl: string, size: BenchSize): Promise<Run> {
  const loaded: unknown = (await import(pathToFileURL(join(here, file)).href)).default;
  if (!isBenchModule(loaded)) throw new Error(`${file} must default-export { name, run(context) }`);
  const database = await engine.open();
  try {
    const described = await describeEngine(database.db, databaseUrl);
    const figures = await loaded.run({ database, databaseUrl, size });
    if (figures.length === 0) throw new Error(`${file} gave no figures`);
    return { engine: described, rows: figures.map((f) => ({ ...f, bench: loaded.name, met: f.targetMs === undefined ? null : f.medianMs <= f.targetMs })) };
  } finally {
    await database.close();
  }
}

function writeResults(report: object, label: string, at: string): string {
  const results = join(here, 'results');
  mkdirSync(results, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = `bench-${label}-${at.replace(/[:.]/g, '-')}.json`;
  writeFileSync(join(results, file), json);
  writeFileSync(join(results, `latest-${label}.json`), json);
  writeFileSync(join(results, 'latest.json'), json);
  return file;
}

async function bench(argv: readonly string[]): Promise<number> {
  process.env.DATABASE_URL ||= DEFAULT_URL;
  const databaseUrl = process.env.DATABASE_URL;
  const size = benchSizeFrom(argv, process.env);
  const filter = argv.find((a) => !a.startsWith('--')) ?? '';
  // A run of some benches is labelled by its filter, so it never replaces the last run of them all.
  const label = [benchLabel(process.env, databaseUrl), size.name === 'small' ? 'small' : '', filter.replace(/[^A-Za-z0-9._-]+/g, '-')].filter(Boolean).join('-');
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
  if (files.length === 0) throw new Error(`no bench file in tests/bench matches "${filter}"`);
  console.log(`bench: ${size.name} data (${size.persons.toLocaleString('en')} persons), label "${label}", ${files.length} bench file(s)`);
  const rows: Row[] = [];
  const failures: string[] = [];
  let engine: BenchEngine | undefined;
  const started = performance.now();
  const opens = await benchEngine(databaseUrl);
  for (const file of files) {
    console.log(`▶ ${file}`);
    const fileStarted = performance.now();
    try {
      const run = await runOne(file, opens, databaseUrl, size);
      if (!engine) console.log(`  on ${run.engine.name} at ${run.engine.host}`);
      engine ??= run.engine;
      rows.push(...run.rows);
    } catch (error) {
      failures.push(`${file}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
    console.log(`  ${((performance.now() - fileStarted) / 1000).toFixed(1)} s`);
  }
  failures.push(...brokenFigures(rows));
  const seconds = (performance.now() - started) / 1000;
  const sizeNote = size.name === 'small' ? 'small data (proves every bench runs; the targets are for the large tenant)' : 'large data';
  printTable(rows, `${engine?.name ?? 'unknown engine'} at ${engine?.host ?? new URL(databaseUrl).host}, ${sizeNote}, ${seconds.toFixed(0)} s`);
  const at = new Date().toISOString();
  const report = {
    at, label, size: size.name, persons: size.persons, seconds: Math.round(seconds),
    node: process.version, cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30),
    database: new URL(databaseUrl).host, engine: engine?.name ?? null, figures: rows, failures,
  };
  console.log(`\nfigures written to tests/bench/results/${writeResults(report, label, at)} (and latest.json)`);
  if (failures.length) {
    console.error(`\n${failures.length} bench failure(s):\n${failures.join('\n')}`);
    return 1;
  }
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const compare = argv.indexOf('--compare');
  if (compare >= 0) return compareResultFiles(argv.slice(compare + 1));
  return bench(argv);
}

// Exit explicitly: a bench that threw may leave a pool or a child process holding the event loop open.
process.exit(await main(process.argv.slice(2)));
