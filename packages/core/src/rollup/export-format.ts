import Papa from 'papaparse';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { neutraliseFormula } from '../files/spreadsheet-formulas.ts';
import { ROLLUP_COLUMNS, visitRollupRows, type RollupRow } from './export-rows.ts';
import { TextBuffer } from './text-buffer.ts';

const COMMA = 44;
const NEWLINE = 10;
const CLOSE_BRACE = 125;

/**
 * A text field as papaparse writes it (quoted only when it holds a comma, quote or line break),
 * with a leading `'` if it starts like a formula. Only ids are text here; every figure is a
 * number we format ourselves, which never starts with `=` or `@` and is written as it is.
 */
function csvField(text: string): string {
  return Papa.unparse([[neutraliseFormula(text)]], { newline: '\n' });
}

function appendCsvCount(out: TextBuffer, value: number | null): void {
  if (value !== null) out.appendCount(value);
  out.appendChar(COMMA);
}

function appendCsvFixed4(out: TextBuffer, value: number | null): void {
  if (value !== null) out.appendAscii(value.toFixed(4));
  out.appendChar(COMMA);
}

function appendCsvRow(out: TextBuffer, row: Readonly<RollupRow>): void {
  for (const text of [row.leader_id, row.scope, row.rater_role, row.theme_id, row.item_id]) {
    out.appendText(text);
    out.appendChar(COMMA);
  }
  out.appendCount(row.forms);
  out.appendChar(COMMA);
  appendCsvCount(out, row.answered);
  appendCsvCount(out, row.dont_know);
  appendCsvFixed4(out, row.mean);
  appendCsvFixed4(out, row.sd);
  for (const n of [row.n1, row.n2, row.n3, row.n4, row.n5]) appendCsvCount(out, n);
  out.appendMarkup(row.suppressed ? 'true' : 'false');
  out.appendChar(NEWLINE);
}

/** The roll-up export as CSV: comma-separated, header first, `\n` line ends, a final newline, no BOM. */
export function rollupCsv(rollup: FilteredRollup): string {
  const out = new TextBuffer(csvField);
  out.appendMarkup(`${ROLLUP_COLUMNS.join(',')}\n`);
  visitRollupRows(rollup, (row) => appendCsvRow(out, row));
  return out.toString();
}

/** A number with at most 4 decimals, as JSON writes it: `3.9000` → `3.9`, `4.0000` → `4`. */
function json4(value: number): string {
  return value.toFixed(4).replace(/\.?0+$/, '');
}

function appendJsonValue(out: TextBuffer, column: (typeof ROLLUP_COLUMNS)[number], value: RollupRow[keyof RollupRow]): void {
  if (value === null) out.appendMarkup('null');
  else if (typeof value === 'string') out.appendText(value);
  else if (typeof value === 'boolean') out.appendMarkup(value ? 'true' : 'false');
  else if (column === 'mean' || column === 'sd') out.appendAscii(json4(value));
  else out.appendCount(value);
}

/**
 * The roll-up export as JSON: an array of rows (one per line, in the CSV's order) with
 * DESIGN.md's column names; blanks are null, means and sd rounded to 4 decimals.
 */
export function rollupJson(rollup: FilteredRollup): string {
  const out = new TextBuffer(JSON.stringify);
  const keys = ROLLUP_COLUMNS.map((column, i) => `${i === 0 ? '{' : ','}"${column}":`);
  let first = true;
  out.appendMarkup('[');
  visitRollupRows(rollup, (row) => {
    out.appendMarkup(first ? '\n' : ',\n');
    first = false;
    for (let i = 0; i < ROLLUP_COLUMNS.length; i++) {
      out.appendMarkup(keys[i]!);
      appendJsonValue(out, ROLLUP_COLUMNS[i]!, row[ROLLUP_COLUMNS[i]!]);
    }
    out.appendChar(CLOSE_BRACE);
  });
  out.appendMarkup(first ? ']\n' : '\n]\n');
  return out.toString();
}
