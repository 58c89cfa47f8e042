import type { HeatmapBlock, HeatmapRow } from '@spejl/plugin-sdk';
import { compareValues } from '../lists/list-order.ts';

/*
 * Sorting and filtering a heatmap in the console. Both only choose and order the rows the report
 * document already holds — rows the anonymity filter published, withheld cells still withheld — and
 * never compute a figure: every row shown is one of the document's own row objects, untouched.
 */

/** Which column the rows are ordered by: a score column (its index) or the row labels. */
export type HeatmapSort = { readonly by: number | 'label'; readonly direction: 'ascending' | 'descending' } | null;

/**
 * The reader's choices: the order, one level of units (depth), one sub-chain (a unit row's key),
 * one faggruppe (units whose chain holds at least k people of it, as the document names them).
 */
export interface HeatmapChoices {
  readonly sort: HeatmapSort;
  readonly level: number | null;
  readonly under: string | null;
  readonly faggruppe?: string | null;
}

/** A row as the console draws it, with its place in the document (a stable key). */
export interface PlacedRow {
  readonly row: HeatmapRow;
  readonly at: number;
}

/** A row the reader may sort and filter: a unit, or any row of a heatmap whose rows do not say what they are. */
const movable = (row: HeatmapRow) => row.kind === undefined || row.kind === 'unit';

/** The levels of units the heatmap lists (1 for the units right below the subject). */
export function unitLevels(block: HeatmapBlock): number[] {
  return [...new Set(block.rows.filter((r) => r.kind === 'unit' && r.depth !== undefined).map((r) => r.depth!))].sort((a, b) => a - b);
}

/** The faggrupper the heatmap's units name, in Danish alphabetical order: the faggruppe filter's choices. */
export function unitFaggrupper(block: HeatmapBlock): string[] {
  return [...new Set(block.rows.flatMap((r) => (r.kind === 'unit' ? (r.faggrupper ?? []) : [])))].sort((a, b) => a.localeCompare(b, 'da'));
}

/** The units that have units below them in the heatmap: the sub-chains a reader can choose, in the document's order. */
export function subChains(block: HeatmapBlock): HeatmapRow[] {
  const parents = new Set(block.rows.map((r) => r.parent).filter((p): p is string => p !== undefined));
  return block.rows.filter((r) => r.kind === 'unit' && parents.has(r.key));
}

/** The keys of `top` and every unit below it, following the rows' parent links. */
function subChainKeys(block: HeatmapBlock, top: string): Set<string> {
  const keys = new Set([top]);
  // Parents always come before their children (the document schema checks it), so one pass finds them all.
  for (const row of block.rows) if (row.parent !== undefined && keys.has(row.parent)) keys.add(row.key);
  return keys;
}

function sortValue(row: HeatmapRow, by: number): number | null {
  const cell = row.cells[by];
  return cell && !cell.suppressed ? cell.mean : null;
}

/** Orders rows by a column with the lists' comparison (withheld and empty cells last in either direction), ties in the document's order. */
function compare(sort: NonNullable<HeatmapSort>, locale: string): (a: PlacedRow, b: PlacedRow) => number {
  const value = (row: HeatmapRow) => (sort.by === 'label' ? row.label : sortValue(row, sort.by));
  return (a, b) => compareValues(value(a.row), value(b.row), sort.direction, locale) || a.at - b.at;
}

/**
 * The rows to draw for the reader's choices: the whole chain first and the comparisons last, as in
 * the document; the units between them filtered to a level and a sub-chain, and sorted.
 */
export function visibleHeatmapRows(block: HeatmapBlock, choices: HeatmapChoices, locale: string): PlacedRow[] {
  const placed = block.rows.map((row, at) => ({ row, at }));
  const inSubChain = choices.under === null ? null : subChainKeys(block, choices.under);
  const faggruppe = choices.faggruppe ?? null;
  const shown = placed.filter(({ row }) => !movable(row)
    || ((choices.level === null || row.depth === choices.level) && (inSubChain === null || inSubChain.has(row.key))
      && (faggruppe === null || (row.faggrupper ?? []).includes(faggruppe))));
  const units = shown.filter(({ row }) => movable(row));
  if (choices.sort) units.sort(compare(choices.sort, locale));
  return [...shown.filter(({ row }) => row.kind === 'total'), ...units, ...shown.filter(({ row }) => row.kind === 'comparison')];
}

/** The next order when a column's header is clicked: ascending first, then back and forth. */
export function nextSort(current: HeatmapSort, by: number | 'label'): NonNullable<HeatmapSort> {
  return current?.by === by && current.direction === 'ascending' ? { by, direction: 'descending' } : { by, direction: 'ascending' };
}
