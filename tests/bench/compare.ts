/**
 * `pnpm bench --compare a.json b.json`: two result files' figures side by side (e.g. the same
 * benches on single-server PostgreSQL and on a Citus cluster), matched by bench and figure name.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { targetText, valueText } from './print-table.ts';

const resultFile = z.object({
  label: z.string().optional(),
  engine: z.string().nullable().optional(),
  database: z.string(),
  size: z.string().optional(),
  figures: z.array(z.object({ bench: z.string(), name: z.string(), medianMs: z.number().nullable(), targetMs: z.number().optional(), unit: z.enum(['ms', '×']).optional() })),
});
type ResultFile = z.infer<typeof resultFile>;

function read(path: string): ResultFile {
  return resultFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Prints the two files' figures side by side with b/a; returns the exit code. */
export function compareResultFiles(paths: readonly string[]): number {
  if (paths.length !== 2) {
    console.error('usage: pnpm bench --compare a.json b.json');
    return 2;
  }
  const [a, b] = paths.map(read) as [ResultFile, ResultFile];
  const key = (f: { bench: string; name: string }) => `${f.bench}\u0000${f.name}`;
  const inB = new Map(b.figures.map((f) => [key(f), f]));
  const names = [...a.figures, ...b.figures.filter((f) => !a.figures.some((g) => key(g) === key(f)))];
  const heads = [a, b].map((r) => r.label ?? r.database);
  const col = Math.max(14, ...heads.map((h) => h.length));
  const width = Math.max(20, ...names.map((f) => f.name.length));
  for (const [i, r] of [a, b].entries()) console.log(`${heads[i]}: ${r.engine ?? 'engine not recorded'} at ${r.database}, ${r.size ?? 'large'} data (${paths[i]})`);
  console.log(`\n${'figure'.padEnd(width)}  ${heads[0]!.padStart(col)}  ${heads[1]!.padStart(col)}  ${'b / a'.padStart(6)}  ${'target'.padStart(10)}`);
  console.log(`${'─'.repeat(width)}  ${'─'.repeat(col)}  ${'─'.repeat(col)}  ${'─'.repeat(6)}  ${'─'.repeat(10)}`);
  for (const f of names) {
    const fromA = a.figures.find((g) => key(g) === key(f));
    const fromB = inB.get(key(f));
    const ratio = fromA?.medianMs && fromB?.medianMs ? `${(fromB.medianMs / fromA.medianMs).toFixed(2)}×` : '';
    console.log(`${f.name.padEnd(width)}  ${valueText(fromA?.medianMs, f.unit).padStart(col)}  ${valueText(fromB?.medianMs, f.unit).padStart(col)}  ${ratio.padStart(6)}  ${targetText(f.targetMs, f.unit).padStart(10)}`);
  }
  return 0;
}
