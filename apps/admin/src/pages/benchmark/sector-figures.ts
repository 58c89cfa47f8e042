import { heatDifference } from '@spejl/plugin-sdk';
import { formatGap, formatMean } from '@spejl/report-render/charts';

/** One figure of the operator's sector benchmark, as the API sends it. */
export type SectorFigure = { shown: true; mean: number; n: number } | { shown: false; reason: 'withheld' | 'tooFewTenants' | 'notAsked' };

/** What a cell says: the mean, or an i18n key (with its long form for screen readers and tooltips) for why there is none. */
export type FigureText = { kind: 'mean'; text: string; gap: string | null } | { kind: 'none'; key: string; longKey: string };

const NONE: Record<Exclude<SectorFigure, { shown: true }>['reason'], { key: string; longKey: string }> = {
  withheld: { key: 'benchmark.table.withheld', longKey: 'benchmark.table.withheldLong' },
  tooFewTenants: { key: 'benchmark.table.tooFewTenants', longKey: 'benchmark.table.tooFewTenants' },
  notAsked: { key: 'benchmark.table.notAsked', longKey: 'benchmark.table.notAskedLong' },
};

/**
 * A cell's text: an organisation's mean with its distance from the sector's mean (when the sector's
 * is shown), or why there is no figure. Means have one decimal, as in the reports, and the distance
 * is taken between the two printed means, so 3,5 beside 3,8 always says −0,3.
 */
export function figureText(figure: SectorFigure | undefined, sector: SectorFigure | null, locale: 'da' | 'en'): FigureText {
  if (!figure) return { kind: 'none', ...NONE.notAsked };
  if (!figure.shown) return { kind: 'none', ...NONE[figure.reason] };
  const gap = sector?.shown ? formatGap(heatDifference(figure.mean, sector.mean, 'mean') / 10, locale) : null;
  return { kind: 'mean', text: formatMean(figure.mean, locale), gap };
}
