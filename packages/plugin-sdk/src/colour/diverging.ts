/*
 * The heatmap's diverging scale, one for every renderer (console, PDF, HTML) so a cell has one colour
 * everywhere. Orange below the reference, near-white at it, blue above: orange and blue stay apart for
 * the common colour-vision deficiencies (red–green), which the old red–amber–green scale did not.
 * The fills are ColorBrewer's PuOr oranges and RdBu blues; each step carries the text colour that
 * meets WCAG AA on it.
 */
import { toIndex } from '../scales/agree5.ts';
import { contrastRatio } from './contrast.ts';

/** The number a heatmap cell shows: the mean (1–5, one decimal) or the index (0–100, whole). */
export type HeatmapNumber = 'mean' | 'index';

/** A step of the scale: −3 (far below the reference) … 0 (at it) … +3 (far above). */
export type HeatStepIndex = -3 | -2 | -1 | 0 | 1 | 2 | 3;

/** One step: the differences it covers (in the shown number's smallest unit, inclusive; null = open), its fill and the text colour that reads on it. */
export interface HeatStep {
  readonly step: HeatStepIndex;
  readonly from: number | null;
  readonly to: number | null;
  readonly fill: string;
  readonly ink: string;
}

const FILLS: Readonly<Record<HeatStepIndex, string>> = { [-3]: '#b35806', [-2]: '#f1a340', [-1]: '#fee0b6', 0: '#f7f7f7', 1: '#d1e5f0', 2: '#67a9cf', 3: '#2166ac' };
const DARK_INK = '#1a1a1a';
const LIGHT_INK = '#ffffff';

/**
 * Where the steps begin, in the shown number's smallest unit: a mean 0.2, 0.4 and 0.6 from the
 * reference (tenths), an index 5, 10 and 15 points (the same distances: one mean point is 25 index points).
 */
const BOUNDS: Readonly<Record<HeatmapNumber, readonly [number, number, number]>> = { mean: [2, 4, 6], index: [5, 10, 15] };

/** The unit a difference is counted in: 0.1 for means, 1 for indexes. */
export const HEAT_UNIT: Readonly<Record<HeatmapNumber, number>> = { mean: 0.1, index: 1 };

/** The text colour with the higher contrast on `fill` (dark or white). */
export function inkOn(fill: string): string {
  return contrastRatio(DARK_INK, fill) >= contrastRatio(LIGHT_INK, fill) ? DARK_INK : LIGHT_INK;
}

/** A hidden cell: grey diagonal hatching on white with dark grey text, the same in print and on screen; never one of the scale's colours. */
export const HEAT_WITHHELD = { fill: '#ffffff', stripe: '#bdbdbd', ink: '#3d3d3d' } as const;

/** A cell with a number but no reference to compare with (or a heatmap without a scale's centre). */
export const HEAT_UNCOLOURED = { fill: '#ffffff', ink: DARK_INK } as const;

// Renderers print means with Intl (rounding the shortest decimal form, half away from zero, not the binary value): round the same way.
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
const printedTenths = (mean: number) => Math.round(Number(ONE_DECIMAL.format(mean)) * 10);

/**
 * The difference between a cell and its reference as the reader sees it: both rounded as printed
 * (3,9 − 3,7 = +2 tenths), so a cell's step never disagrees with the numbers next to it.
 */
export function heatDifference(mean: number, centre: number, shown: HeatmapNumber): number {
  return shown === 'mean' ? printedTenths(mean) - printedTenths(centre) : Math.round(toIndex(mean)) - Math.round(toIndex(centre));
}


/** The step of a difference (from heatDifference). */
export function heatStepOf(difference: number, shown: HeatmapNumber): HeatStepIndex {
  const [light, mid, strong] = BOUNDS[shown];
  const size = Math.abs(difference);
  const magnitude = size >= strong ? 3 : size >= mid ? 2 : size >= light ? 1 : 0;
  return (difference < 0 && magnitude > 0 ? -magnitude : magnitude) as HeatStepIndex;
}

/** The seven steps from far below to far above, with the differences each covers. */
export function heatSteps(shown: HeatmapNumber): readonly HeatStep[] {
  const [light, mid, strong] = BOUNDS[shown];
  const above: [number, number | null][] = [[light, mid - 1], [mid, strong - 1], [strong, null]];
  const step = (s: HeatStepIndex, from: number | null, to: number | null): HeatStep => ({ step: s, from, to, fill: FILLS[s], ink: inkOn(FILLS[s]) });
  return [
    ...above.map(([from, to], i) => step(-(i + 1) as HeatStepIndex, to === null ? null : -to, -from)).reverse(),
    step(0, -(light - 1), light - 1),
    ...above.map(([from, to], i) => step((i + 1) as HeatStepIndex, from, to)),
  ];
}

/** The fill and text colour of a step. */
export function heatColours(step: HeatStepIndex): { readonly fill: string; readonly ink: string } {
  return { fill: FILLS[step], ink: inkOn(FILLS[step]) };
}

