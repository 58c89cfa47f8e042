import type { HeatmapBlock, HeatmapLegendTexts, Locale } from '@spejl/plugin-sdk';
import { HEAT_WITHHELD, heatSteps, toIndex } from '@spejl/plugin-sdk/render';
import { formatMean } from '../labels.ts';
import { formatDifference } from './heatmap-cells.ts';

/** The few words a legend needs besides the document's own texts, in the renderer's language. */
export interface LegendWords {
  /** Between the ends of a range: "til" / "to". */
  readonly to: string;
  /** A hidden cell's label: "skjult" / "hidden". */
  readonly withheld: string;
}

/** A heatmap's legend as every renderer draws it: the steps with their ranges, each column's centre, the hidden swatch. */
export interface HeatLegendView {
  readonly texts: HeatmapLegendTexts;
  /** From far below (orange) to far above (blue). */
  readonly steps: readonly { readonly fill: string; readonly ink: string; readonly range: string }[];
  /** Each column's centre as printed, or an en dash where none is published. */
  readonly centres: readonly { readonly label: string; readonly value: string }[];
  readonly withheld: { readonly fill: string; readonly stripe: string; readonly ink: string; readonly label: string };
}

/** "≤ −0,6", "−0,5 til −0,4", "±0,1", "+0,2 til +0,3", "≥ +0,6" (or in index points). */
function range(from: number | null, to: number | null, shown: 'mean' | 'index', locale: Locale, words: LegendWords): string {
  const f = (units: number) => formatDifference(units, shown, locale);
  if (from === null) return `≤ ${f(to ?? 0)}`;
  if (to === null) return `≥ ${f(from)}`;
  if (from === -to) return `±${f(to).slice(1)}`;
  return `${f(from)} ${words.to} ${f(to)}`;
}

/** The legend of a heatmap with a scale; null for an SDK 1.0 heatmap, which has none. */
export function heatLegendView(block: HeatmapBlock, locale: Locale, words: LegendWords): HeatLegendView | null {
  const scale = block.scale;
  if (!scale) return null;
  const centre = (value: number | null) => (value === null ? '–' : scale.show === 'mean' ? formatMean(value, locale) : String(Math.round(toIndex(value))));
  return {
    texts: scale.legend,
    steps: heatSteps(scale.show).map((s) => ({ fill: s.fill, ink: s.ink, range: range(s.from, s.to, scale.show, locale, words) })),
    centres: block.columns.map((c, i) => ({ label: c.label, value: centre(scale.centres[i] ?? null) })),
    withheld: { ...HEAT_WITHHELD, label: words.withheld },
  };
}

/** The centre line: "Hvid er …: Borgerorientering 3,7 · Faglig ledelse 3,8." */
export function centreLine(legend: HeatLegendView): string {
  return `${legend.texts.centre}: ${legend.centres.map((c) => `${c.label} ${c.value}`).join(' · ')}.`;
}
