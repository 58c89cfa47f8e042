/**
 * `pnpm bench`: runs every `tests/bench/*.bench.ts` against PostgreSQL, each in a fresh
 * database, prints figure vs target and writes the figures as JSON to tests/bench/results/.
 * `pnpm bench people` runs only the benches whose file name contains "people".
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { testEngines } from '@spejl/db/testing';
import type { BenchFigure, BenchModule } from './bench-module.ts';

const DEFAULT_URL = 'postgres://root@127.0.0.1:5432/postgres';
const here = dirname(fileURLToPath(import.meta.url));

interface Row extends BenchFigure {
  bench: string;
  met: boolean | null;
}

function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && typeof (value as BenchModule).name === 'string' && typeof (value as BenchModule).run === 'function';
}

async function runOne(file: string, databaseUrl: string): Promise<Row[]> {
  const loaded: unknown = (await import(pathToFileURL(join(here, file)).href)).default;
  if (!isBenchModule(loaded)) throw new Error(`${file} must default-export { name, run(context) }`);
  const engine = testEngines().find((e) => e.name === 'postgres')!;
  const database = await engine.open();
  try {
    const figures = await loaded.run({ database, databaseUrl });
    return figures.map((f) => ({ ...f, bench: loaded.name, met: f.targetMs === undefined ? null : f.medianMs <= f.targetMs }));
  } finally {
    await database.close();
  }
}

function printTable(rows: readonly Row[]): void {
  const width = Math.max(20, ...rows.map((r) => r.name.length));
  console.log(`\n${'figure'.padEnd(width)}  ${'median'.padStart(10)}  ${'target'.padStart(10)}  ok`);
  console.log(`${'─'.repeat(width)}  ${'─'.repeat(10)}  ${'─'.repeat(10)}  ──`);
  for (const r of rows) {
    const target = r.targetMs === undefined ? '' : `≤ ${Number(r.targetMs.toPrecision(3))} ms`;
    const ok = r.met === null ? '' : r.met ? '✓' : '✗';
    console.log(`${r.name.padEnd(width)}  ${`${r.medianMs.toFixed(1)} ms`.padStart(10)}  ${target.padStart(10)}  ${ok}${r.note ? `   ${r.note}` : ''}`);
  }
}

async function main(): Promise<void> {
  process.env.DATABASE_URL ||= DEFAULT_URL;
  const databaseUrl = process.env.DATABASE_URL;
  const filter = process.argv[2] ?? '';
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
  if (files.length === 0) throw new Error(`no bench file in tests/bench matches "${filter}"`);
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const file of files) {
    console.log(`▶ ${file}`);
    try {
      rows.push(...(await runOne(file, databaseUrl)));
    } catch (error) {
      failures.push(`${file}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  printTable(rows);
  const at = new Date().toISOString();
  const results = join(here, 'results');
  mkdirSync(results, { recursive: true });
  const report = { at, node: process.version, cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), database: new URL(databaseUrl).host, figures: rows, failures };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(results, `bench-${at.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(join(results, 'latest.json'), json);
  console.log(`\nfigures written to tests/bench/results/latest.json`);
  if (failures.length) {
    console.error(`\n${failures.length} bench(es) failed:\n${failures.join('\n')}`);
    process.exit(1);
  }
}

await main();
