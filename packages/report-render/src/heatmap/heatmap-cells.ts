import type { Cell, HeatmapBlock, Locale, SuppressionReason } from '@spejl/plugin-sdk';
// The browser-light entry: the console draws these cells too, and the full SDK brings zod, whose eval probe a strict CSP reports.
import { HEAT_UNCOLOURED, HEAT_UNIT, HEAT_WITHHELD, heatColours, heatDifference, heatStepOf, type HeatStepIndex } from '@spejl/plugin-sdk/render';
import { formatGap, formatMean, heatColour } from '../labels.ts';

/** A heatmap cell as every renderer draws it: its number, fill and text colour, or why it is hidden, or nothing. */
export type HeatCellView =
  | { readonly state: 'empty' }
  | { readonly state: 'withheld'; readonly reason: SuppressionReason; readonly fill: string; readonly stripe: string; readonly ink: string }
  | {
    readonly state: 'score';
    /** The number as printed (3,9 or 72). */
    readonly text: string;
    readonly fill: string;
    readonly ink: string;
    /** Answers it rests on. */
    readonly n: number;
    /** The step on the scale; null without a scale or a centre. */
    readonly step: HeatStepIndex | null;
    /** The signed difference from the column's centre as printed (+0,2 or −5); null without one. */
    readonly difference: string | null;
  };

/** A signed count of the shown number's smallest unit (tenths of a mean, index points) as a reader writes it. */
export function formatDifference(units: number, shown: 'mean' | 'index', locale: Locale): string {
  if (shown === 'mean') return formatGap(units * HEAT_UNIT.mean, locale);
  return units > 0 ? `+${units}` : units < 0 ? `−${-units}` : '0';
}

/** The number a cell prints: the mean with one decimal, or the whole index. */
export function formatCellNumber(cell: { readonly mean: number; readonly index: number }, shown: 'mean' | 'index', locale: Locale): string {
  return shown === 'mean' ? formatMean(cell.mean, locale) : String(Math.round(cell.index));
}

/**
 * How the cell in `column` is drawn. A hidden cell is grey and hatched whatever the scale; a heatmap
 * without a scale (SDK 1.0) keeps its old pale colours; a column without a centre stays white.
 */
export function heatCellView(block: HeatmapBlock, column: number, cell: Cell | undefined, locale: Locale): HeatCellView {
  if (!cell) return { state: 'empty' };
  if (cell.suppressed) return { state: 'withheld', reason: cell.reason, ...HEAT_WITHHELD };
  const scale = block.scale;
  if (!scale) return { state: 'score', text: formatMean(cell.mean, locale), fill: heatColour(cell.mean), ink: HEAT_UNCOLOURED.ink, n: cell.n, step: null, difference: null };
  const text = formatCellNumber(cell, scale.show, locale);
  const centre = scale.centres[column];
  if (centre === null || centre === undefined) return { state: 'score', text, ...HEAT_UNCOLOURED, n: cell.n, step: null, difference: null };
  const units = heatDifference(cell.mean, centre, scale.show);
  const step = heatStepOf(units, scale.show);
  return { state: 'score', text, ...heatColours(step), n: cell.n, step, difference: formatDifference(units, scale.show, locale) };
}
