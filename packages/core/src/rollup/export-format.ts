import Papa from 'papaparse';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { ROLLUP_COLUMNS, rollupRows, type RollupRow } from './export-rows.ts';

function fixed4(value: number | null): string {
  return value === null ? '' : value.toFixed(4);
}

function count(value: number | null): string {
  return value === null ? '' : String(value);
}

function csvFields(row: RollupRow): string[] {
  return [
    row.leader_id, row.scope, row.rater_role, row.theme_id, row.item_id, String(row.forms),
    count(row.answered), count(row.dont_know), fixed4(row.mean), fixed4(row.sd),
    count(row.n1), count(row.n2), count(row.n3), count(row.n4), count(row.n5), row.suppressed ? 'true' : 'false',
  ];
}

/** The roll-up export as CSV: comma-separated, header first, `\n` line ends, a final newline, no BOM. */
export function rollupCsv(rollup: FilteredRollup): string {
  const data = Array.from(rollupRows(rollup), csvFields);
  return `${Papa.unparse({ fields: [...ROLLUP_COLUMNS], data }, { newline: '\n' })}\n`;
}

function rounded(value: number | null): number | null {
  return value === null ? null : Number(value.toFixed(4));
}

/**
 * The roll-up export as JSON: an array of rows (one per line, in the CSV's order) with
 * DESIGN.md's column names; blanks are null, means and sd rounded to 4 decimals.
 */
export function rollupJson(rollup: FilteredRollup): string {
  const lines = Array.from(rollupRows(rollup), (row) => {
    const ordered = Object.fromEntries(ROLLUP_COLUMNS.map((column) => [column, row[column]]));
    return JSON.stringify({ ...ordered, mean: rounded(row.mean), sd: rounded(row.sd) });
  });
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}
