import Papa from 'papaparse';
import { neutraliseFormulaInCsv } from './spreadsheet-formulas.ts';

/*
 * CSV the way Danish Excel opens it with a double click: `;` between fields (its list separator),
 * `,` before decimals (3,75), a byte-order mark so it reads UTF-8 (æ, ø, å) and CRLF line ends.
 * Pure and free of Node, so the console builds its list exports with the same code as the server.
 */

/** Danish Excel's separator. */
export const EXCEL_SEPARATOR = ';';
/** Danish Excel's line end. */
export const EXCEL_NEWLINE = '\r\n';
/** The byte-order mark that makes Excel read the file as UTF-8. */
export const EXCEL_BOM = '\uFEFF';

/** A figure written with a fixed number of decimals (a mean with 4, a rate with 1). */
export interface FixedNumber {
  value: number;
  decimals: number;
}

/** One cell: text (guarded against formulas), a figure (decimal comma), or blank. */
export type ExcelCell = string | number | FixedNumber | null;

/**
 * A text cell as it goes into the file: formula-guarded wherever a cell may start in it (for Excel
 * set to `,` too) and always quoted, so a first column stays one cell for any reader. Figures stay
 * unquoted.
 */
export function excelTextField(text: string): string {
  return Papa.unparse([[neutraliseFormulaInCsv(text)]], { delimiter: EXCEL_SEPARATOR, newline: EXCEL_NEWLINE, quotes: true });
}

/** A figure with a decimal comma and no thousands separator, which Danish Excel reads as a number: 3.75 → `3,75`. */
export function excelNumber(value: number, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return text.replace('.', ',');
}

/** One cell as it goes into the file. Figures are never formula-guarded: `-0,5` must stay a number. */
export function excelField(cell: ExcelCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return excelTextField(cell);
  if (typeof cell === 'number') return excelNumber(cell);
  return excelNumber(cell.value, cell.decimals);
}

/** A whole file: BOM, the header, then one line per row, each line ended by CRLF. */
export function excelCsv(header: readonly string[], rows: Iterable<readonly ExcelCell[]>): string {
  const lines = [header.map(excelTextField).join(EXCEL_SEPARATOR)];
  for (const row of rows) lines.push(row.map(excelField).join(EXCEL_SEPARATOR));
  return `${EXCEL_BOM}${lines.join(EXCEL_NEWLINE)}${EXCEL_NEWLINE}`;
}
