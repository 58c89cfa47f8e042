import type { BenchFigure } from './bench-module.ts';

/** One printed figure: which bench gave it and whether it met its target (null without one). */
export interface Row extends BenchFigure {
  bench: string;
  met: boolean | null;
}

/** A figure's target as printed: '≤ 300 ms'. */
export function targetText(targetMs: number | undefined): string {
  return targetMs === undefined ? '' : `≤ ${Number(targetMs.toPrecision(3))} ms`;
}

/** The figures as a table: name, median, target, ✓/✗ and the note, under a heading naming the engine. */
export function printTable(rows: readonly Row[], heading: string): void {
  const width = Math.max(20, ...rows.map((r) => r.name.length));
  console.log(`\n${heading}`);
  console.log(`${'figure'.padEnd(width)}  ${'median'.padStart(10)}  ${'target'.padStart(10)}  ok`);
  console.log(`${'─'.repeat(width)}  ${'─'.repeat(10)}  ${'─'.repeat(10)}  ──`);
  for (const r of rows) {
    const ok = r.met === null ? '' : r.met ? '✓' : '✗';
    console.log(`${r.name.padEnd(width)}  ${`${r.medianMs.toFixed(1)} ms`.padStart(10)}  ${targetText(r.targetMs).padStart(10)}  ${ok}${r.note ? `   ${r.note}` : ''}`);
  }
}
