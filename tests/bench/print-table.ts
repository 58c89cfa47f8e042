import type { BenchFigure } from './bench-module.ts';

/** One printed figure: which bench gave it and whether it met its target (null without one). */
export interface Row extends BenchFigure {
  bench: string;
  met: boolean | null;
}

/** A figure's value as printed: '12.3 ms', or '3.91×' for a ratio. */
export function valueText(value: number | null | undefined, unit: BenchFigure['unit']): string {
  if (value === undefined) return '—';
  if (value === null) return 'NaN'; // JSON keeps a NaN as null
  return unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(1)} ms`;
}

/** A figure's target as printed: '≤ 300 ms', or '≤ 4.5×'. */
export function targetText(targetMs: number | undefined, unit: BenchFigure['unit'] = 'ms'): string {
  if (targetMs === undefined) return '';
  const target = Number(targetMs.toPrecision(3));
  return unit === '×' ? `≤ ${target}×` : `≤ ${target} ms`;
}

/** The figures as a table: name, median, target, ✓/✗ and the note, under a heading naming the engine. */
export function printTable(rows: readonly Row[], heading: string): void {
  const width = Math.max(20, ...rows.map((r) => r.name.length));
  console.log(`\n${heading}`);
  console.log(`${'figure'.padEnd(width)}  ${'median'.padStart(10)}  ${'target'.padStart(10)}  ok`);
  console.log(`${'─'.repeat(width)}  ${'─'.repeat(10)}  ${'─'.repeat(10)}  ──`);
  for (const r of rows) {
    const ok = r.met === null ? '' : r.met ? '✓' : '✗';
    console.log(`${r.name.padEnd(width)}  ${valueText(r.medianMs, r.unit).padStart(10)}  ${targetText(r.targetMs, r.unit).padStart(10)}  ${ok}${r.note ? `   ${r.note}` : ''}`);
  }
}
