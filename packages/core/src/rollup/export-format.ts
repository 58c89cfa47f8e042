import Papa from 'papaparse';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { EXCEL_BOM, EXCEL_NEWLINE, EXCEL_SEPARATOR, excelNumber, excelTextField } from '../files/excel-csv.ts';
import { holdsAnySeparator, neutraliseFormulaInCsv } from '../files/spreadsheet-formulas.ts';
import { ROLLUP_COLUMNS, visitRollupRows, type RollupRow } from './export-rows.ts';
import { ROLLUP_EXCEL_WORDS, type RollupExcelWords } from './excel-words.ts';
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
  /** The header line's headings, and what a row writes for its scope, role and `suppressed`: DESIGN.md's names, or a reader's words. */
  header: readonly string[];
  scope: (scope: RollupRow['scope']) => string;
  role: (role: RollupRow['rater_role']) => string;
  suppressed: (suppressed: boolean) => string;
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
  header: ROLLUP_COLUMNS,
  scope: (scope) => scope,
  role: (role) => role,
  suppressed: (suppressed) => (suppressed ? 'true' : 'false'),
};

/** The same rows for Danish Excel (files/excel-csv.ts): `;`, CRLF, a BOM, decimal comma, headings and values in the reader's words. */
function excelCsvDialect(words: RollupExcelWords): CsvDialect {
  return {
    start: EXCEL_BOM,
    separator: EXCEL_SEPARATOR.charCodeAt(0),
    newline: EXCEL_NEWLINE,
    text: excelTextField,
    fixed4: (value) => excelNumber(value, 4),
    header: ROLLUP_COLUMNS.map((column) => words.header[column]),
    scope: (scope) => words.scope[scope],
    role: (role) => words.role[role],
    suppressed: (suppressed) => (suppressed ? words.suppressed.yes : words.suppressed.no),
  };
}

function appendCount(out: TextBuffer, value: number | null, d: CsvDialect): void {
  if (value !== null) out.appendCount(value);
  out.appendChar(d.separator);
}

function appendFixed4(out: TextBuffer, value: number | null, d: CsvDialect): void {
  if (value !== null) out.appendAscii(d.fixed4(value));
  out.appendChar(d.separator);
}

function appendCsvRow(out: TextBuffer, row: Readonly<RollupRow>, d: CsvDialect): void {
  for (const text of [row.leader_id, d.scope(row.scope), d.role(row.rater_role), row.theme_id, row.item_id]) {
    out.appendText(text);
    out.appendChar(d.separator);
  }
  appendCount(out, row.forms, d);
  appendCount(out, row.answered, d);
  appendCount(out, row.dont_know, d);
  appendFixed4(out, row.mean, d);
  appendFixed4(out, row.sd, d);
  for (const n of [row.n1, row.n2, row.n3, row.n4, row.n5]) appendCount(out, n, d);
  if (d === DESIGN_CSV) out.appendMarkup(d.suppressed(row.suppressed));
  else out.appendText(d.suppressed(row.suppressed));
  out.appendAscii(d.newline);
}

function rollupCsvIn(rollup: FilteredRollup, d: CsvDialect): string {
  const out = new TextBuffer(d.text);
  // DESIGN.md's headings are plain names written as they are; a reader's words are texts like any other.
  if (d === DESIGN_CSV) out.appendMarkup(`${ROLLUP_COLUMNS.join(String.fromCharCode(d.separator))}${d.newline}`);
  else out.appendMarkup(`${d.header.map(d.text).join(String.fromCharCode(d.separator))}${d.newline}`);
  visitRollupRows(rollup, (row) => appendCsvRow(out, row, d));
  // Outside the buffer: its UTF-8 decoder would drop a leading BOM.
  return d.start + out.toString();
}

/** The roll-up export as CSV: comma-separated, header first, `\n` line ends, a final newline, no BOM. */
export function rollupCsv(rollup: FilteredRollup): string {
  return rollupCsvIn(rollup, DESIGN_CSV);
}

/**
 * The same rows and columns for Danish Excel: `;`, decimal comma, a BOM and CRLF (the console's
 * "CSV til Excel"), headed and worded in the console's language (Leder-id, direkte, medarbejdere, nej).
 */
export function rollupCsvExcel(rollup: FilteredRollup, locale: 'da' | 'en' = 'da'): string {
  return rollupCsvIn(rollup, excelCsvDialect(ROLLUP_EXCEL_WORDS[locale]));
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
