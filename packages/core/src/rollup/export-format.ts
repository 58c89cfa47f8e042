import Papa from 'papaparse';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { EXCEL_BOM, EXCEL_NEWLINE, EXCEL_SEPARATOR, excelNumber, excelTextField } from '../files/excel-csv.ts';
import { holdsAnySeparator, neutraliseFormulaInCsv } from '../files/spreadsheet-formulas.ts';
import { ROLLUP_COLUMNS, visitRollupRows, type RollupRow } from './export-rows.ts';
import { TextBuffer } from './text-buffer.ts';

const CLOSE_BRACE = 125;

/** How one CSV flavour writes separators, line ends, texts and figures; the rows are the same in every flavour. */
interface CsvDialect {
  /** Written before the header. */
  start: string;
  separator: number;
  newline: string;
  /** A text field (an id) as it goes into the file. */
  text: (text: string) => string;
  /** A mean or sd with 4 decimals. */
  fixed4: (value: number) => string;
}

/**
 * DESIGN.md's roll-up CSV: `,`, `\n`, no BOM, a decimal point. Text fields are formula-guarded
 * (for a reader splitting at `;` too, as Danish Excel does) and quoted only when they must be: a
 * quote or line break, or any separator a reader may split at (`,` `;` tab), so ordinary ids stay
 * unquoted and the file byte for byte DESIGN.md's example. Only ids are text here; every figure is
 * a number we format ourselves, which never starts like a formula.
 */
const DESIGN_CSV: CsvDialect = {
  start: '',
  separator: 44,
  newline: '\n',
  text: (text) => Papa.unparse([[neutraliseFormulaInCsv(text)]], { newline: '\n', quotes: holdsAnySeparator }),
  fixed4: (value) => value.toFixed(4),
};

/** The same rows for Danish Excel (files/excel-csv.ts): `;`, CRLF, a BOM, decimal comma. */
const EXCEL_CSV: CsvDialect = {
  start: EXCEL_BOM,
  separator: EXCEL_SEPARATOR.charCodeAt(0),
  newline: EXCEL_NEWLINE,
  text: excelTextField,
  fixed4: (value) => excelNumber(value, 4),
};

function appendCount(out: TextBuffer, value: number | null, d: CsvDialect): void {
  if (value !== null) out.appendCount(value);
  out.appendChar(d.separator);
}

function appendFixed4(out: TextBuffer, value: number | null, d: CsvDialect): void {
  if (value !== null) out.appendAscii(d.fixed4(value));
  out.appendChar(d.separator);
}

function appendCsvRow(out: TextBuffer, row: Readonly<RollupRow>, d: CsvDialect): void {
  for (const text of [row.leader_id, row.scope, row.rater_role, row.theme_id, row.item_id]) {
    out.appendText(text);
    out.appendChar(d.separator);
  }
  appendCount(out, row.forms, d);
  appendCount(out, row.answered, d);
  appendCount(out, row.dont_know, d);
  appendFixed4(out, row.mean, d);
  appendFixed4(out, row.sd, d);
  for (const n of [row.n1, row.n2, row.n3, row.n4, row.n5]) appendCount(out, n, d);
  out.appendMarkup(row.suppressed ? 'true' : 'false');
  out.appendAscii(d.newline);
}

function rollupCsvIn(rollup: FilteredRollup, d: CsvDialect): string {
  const out = new TextBuffer(d.text);
  out.appendMarkup(`${ROLLUP_COLUMNS.join(String.fromCharCode(d.separator))}${d.newline}`);
  visitRollupRows(rollup, (row) => appendCsvRow(out, row, d));
  // Outside the buffer: its UTF-8 decoder would drop a leading BOM.
  return d.start + out.toString();
}

/** The roll-up export as CSV: comma-separated, header first, `\n` line ends, a final newline, no BOM. */
export function rollupCsv(rollup: FilteredRollup): string {
  return rollupCsvIn(rollup, DESIGN_CSV);
}

/** The same rows and columns for Danish Excel: `;`, decimal comma, a BOM and CRLF (the console's "CSV til Excel"). */
export function rollupCsvExcel(rollup: FilteredRollup): string {
  return rollupCsvIn(rollup, EXCEL_CSV);
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
