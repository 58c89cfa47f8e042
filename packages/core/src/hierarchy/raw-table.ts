import type { InputIssue } from '../errors/spejl-error.ts';

/** One data row of an uploaded file: its cells and the 1-based line (CSV) or row (XLSX) it came from. */
export interface RawRow {
  line: number;
  cells: string[];
}

/** A people file before its columns mean anything: header cells, data rows, and problems of the file itself. */
export interface RawTable {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: RawRow[];
  errors: InputIssue[];
  warnings: InputIssue[];
}

/** Whether a row has nothing in it (blank lines and rows of bare separators are skipped). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Checks the row has exactly as many values as the header has columns. Excel pads
 * every row to the same width, so a longer row almost always means an unquoted
 * separator inside a value shifted the columns after it.
 */
export function checkRowWidth(row: RawRow, width: number, separator: string): InputIssue | null {
  const count = row.cells.length;
  if (count === width) return null;
  if (count > width) {
    const sep = separator === '\t' ? 'a tab' : `"${separator}"`;
    return { line: row.line, message: `the row has ${count} values but the header has ${width} columns: a value probably contains ${sep} without quotes around it` };
  }
  return { line: row.line, message: `the row has ${count} values but the header has ${width} columns: a value is missing, or a line break split the row` };
}
