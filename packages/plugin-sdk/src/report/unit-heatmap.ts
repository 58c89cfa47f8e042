import { cellOf, meanOf } from './cells.ts';
import type { HeatmapBlock, HeatmapLegendTexts, HeatmapRow, HeatmapScale } from './document.ts';
import type { GroupScores, ReportView, UnitView } from './view.ts';

/** What a unit heatmap's white centre is: the organisation's mean, the chain's own mean, or the scale's middle (3). */
export type HeatmapReference = 'organisation' | 'chain' | 'midpoint';

/** How a unit heatmap is drawn: how many levels of units, what is white, and what each cell says. */
export interface UnitHeatmapOptions {
  readonly maxDepth: number;
  readonly reference: HeatmapReference;
  readonly show: 'mean' | 'index';
  /** Draw the view's comparisons (the organisation, the previous round) as the last rows; default true. */
  readonly comparisons?: boolean;
}

/** The words a unit heatmap needs from its report: the first row's label and the legend. */
export interface UnitHeatmapTexts {
  readonly total: string;
  readonly legend: HeatmapLegendTexts;
}

const SCALE_MIDPOINT = 3;

/**
 * Since SDK 1.3: the themes employees were asked (samarbejde asks peers, not employees). Heatmaps
 * show employees' means, so a theme without them is no column of one.
 */
export function employeeThemes(view: Pick<ReportView, 'themes'>): ReportView['themes'] {
  return view.themes.filter((t) => t.items.some((item) => item.text.employee !== undefined));
}

function cells(view: ReportView, scores: GroupScores): HeatmapRow['cells'] {
  return employeeThemes(view).map((t) => cellOf(scores.themes[t.id]?.theme.employee));
}

/**
 * The unit directly above each unit: the view lists units depth-first, each right after its parent,
 * so a unit's parent is the nearest unit before it one level up.
 */
function parents(units: readonly UnitView[]): Map<string, string> {
  const path: string[] = [];
  const out = new Map<string, string>();
  for (const unit of units) {
    path.length = unit.depth - 1;
    const parent = path[unit.depth - 2];
    if (parent !== undefined) out.set(unit.key, parent);
    path[unit.depth - 1] = unit.key;
  }
  return out;
}

/**
 * Each column's white centre: a mean the view already publishes (the organisation's or the chain's
 * employee mean for the theme), or the scale's middle; null where that mean is withheld.
 */
function centres(view: ReportView, reference: HeatmapReference): (number | null)[] {
  if (reference === 'midpoint') return employeeThemes(view).map(() => SCALE_MIDPOINT);
  // In the organisation overview the chain is the whole organisation.
  const scores = reference === 'chain' || view.scope === 'tenant' ? view.scores.chain : (view.comparisons.find((c) => c.key === 'organisation')?.scores ?? null);
  return employeeThemes(view).map((t) => meanOf(scores?.themes[t.id]?.theme.employee));
}

function scale(view: ReportView, options: UnitHeatmapOptions, texts: UnitHeatmapTexts): HeatmapScale {
  return { type: 'diverging', show: options.show, centres: centres(view, options.reference), legend: texts.legend };
}

/**
 * Units (rows, indented by depth, each naming the unit above it and its faggrupper) × themes
 * (columns): the employees' chain means, coloured from orange to blue around the chosen
 * reference, withheld cells with their reason; the whole chain first, the view's comparisons
 * last. Only published figures are used. Untitled: the heading above names it.
 */
export function unitHeatmap(view: ReportView, options: UnitHeatmapOptions, texts: UnitHeatmapTexts): HeatmapBlock {
  const units = view.units.filter((u) => u.depth <= options.maxDepth);
  const parentOf = parents(units);
  const comparisons = options.comparisons === false ? [] : view.comparisons;
  return {
    type: 'heatmap',
    columns: employeeThemes(view).map((t) => ({ key: t.id, label: t.title })),
    rows: [
      { key: 'chain', label: texts.total, depth: 0, kind: 'total', cells: cells(view, view.scores.chain) },
      ...units.map((u): HeatmapRow => {
        const parent = parentOf.get(u.key);
        return {
          key: u.key, label: u.unitName ? `${u.unitName} (${u.leaderName})` : u.leaderName, depth: u.depth, kind: 'unit',
          ...(parent ? { parent } : {}), ...(u.faggrupper?.length ? { faggrupper: u.faggrupper } : {}), cells: cells(view, u.scores.chain),
        };
      }),
      ...comparisons.map((c): HeatmapRow => ({ key: c.key, label: c.label, kind: 'comparison', cells: cells(view, c.scores) })),
    ],
    scale: scale(view, options, texts),
  };
}
