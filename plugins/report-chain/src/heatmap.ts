import { heatmapLegendTexts, unitHeatmap as sdkUnitHeatmap, type HeatmapBlock, type ReportView, type UnitHeatmapOptions } from '@spejl/plugin-sdk';
import type { ChainTexts } from './texts.ts';

/** The heatmap's options as the report's options carry them. */
export type HeatmapOptions = UnitHeatmapOptions;

/**
 * Sub-chains × themes around the chosen reference, with the organisation (and the previous round)
 * as the last rows: the SDK's unit heatmap with the chain report's words.
 */
export function unitHeatmap(view: ReportView, options: HeatmapOptions, texts: ChainTexts): HeatmapBlock {
  return sdkUnitHeatmap(view, options, { total: texts.wholeChain, legend: heatmapLegendTexts(view.locale, options.reference, options.show, view.threshold) });
}
