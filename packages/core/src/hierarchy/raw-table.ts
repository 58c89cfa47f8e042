import type { InputIssue } from '../errors/spejl-error.ts';
import { columnPlace, fileIssue, refuseFile } from '../files/file-issues.ts';
import { UPLOAD_LIMITS } from '../files/upload-limits.ts';
import type { TableReading } from './table-reading.ts';

/** One data row of an uploaded file: its cells and the 1-based line (CSV) or row (XLSX) it came from. */
export interface RawRow {
  line: number;
  cells: string[];
}

/** Where a reader sends each data row; the reader keeps none, so a large file is never held twice. */
export type RowSink = (row: RawRow) => void;

/** What reading a file learned besides its rows: format, header, how many data rows, problems of the file itself. */
export interface TableInfo {
  format: 'csv' | 'xlsx';
  headers: string[];
  rowCount: number;
  errors: InputIssue[];
  warnings: InputIssue[];
  /** When the header came out as one column: the reading of the file that gives it several. */
  suggestedReading?: TableReading | null;
}

/** A whole table in memory, for files small enough to hold (and for tests). */
export interface RawTable extends TableInfo {
  rows: RawRow[];
}

/** Whether a row has nothing in it (blank lines and rows of bare separators are skipped). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

const OTHER_SEPARATORS = ['|', '\t', ';', ','] as const;

/** Problems of a header a person can fix in Excel: a name used twice, the wrong separator, a line quoted whole. */
export function headerIssues(headers: readonly string[]): InputIssue[] {
  if (headers.length > UPLOAD_LIMITS.columns) refuseFile('tooManyColumns', { count: headers.length, limit: UPLOAD_LIMITS.columns }, { line: 1 });
  const issues: InputIssue[] = [];
  const first = new Map<string, number>();
  headers.forEach((header, i) => {
    if (header === '') return;
    const seen = first.get(header);
    if (seen === undefined) first.set(header, i);
    else issues.push(fileIssue('duplicateHeader', { header, first: columnPlace(seen), second: columnPlace(i) }, { line: 1, column: header }));
  });
  if (headers.length === 1) {
    const only = headers[0]!;
    const separator = OTHER_SEPARATORS.find((s) => only.includes(s));
    if (separator === '|') issues.push(fileIssue('otherSeparator', { separator }, { line: 1 }));
    else if (separator !== undefined) issues.push(fileIssue('oneColumn', { header: only.length > 80 ? `${only.slice(0, 80)}…` : only }, { line: 1 }));
  }
  return issues;
}

/** Refuses a row that breaks a limit: too many columns, or a value longer than a cell may be. */
export function checkRowLimits(row: RawRow, headers: readonly string[]): void {
  if (row.cells.length > UPLOAD_LIMITS.columns) refuseFile('tooManyColumns', { count: row.cells.length, limit: UPLOAD_LIMITS.columns }, { line: row.line });
  row.cells.forEach((cell, i) => {
    if (cell.length > UPLOAD_LIMITS.cellLength) {
      refuseFile('cellTooLong', { length: cell.length, limit: UPLOAD_LIMITS.cellLength }, { line: row.line, column: headers[i] || columnPlace(i) });
    }
  });
}

/** Refuses a file past the row limit; `count` is the data rows read so far. */
export function checkRowCount(count: number): void {
  if (count > UPLOAD_LIMITS.rows) refuseFile('tooManyRows', { limit: UPLOAD_LIMITS.rows.toLocaleString('en') });
}

/**
 * Checks the row has exactly as many values as the header has columns. Excel pads
 * every row to the same width, so a longer row almost always means an unquoted
 * separator inside a value shifted the columns after it.
 */
export function checkRowWidth(row: RawRow, width: number, separator: string): InputIssue | null {
  const count = row.cells.length;
  if (count === width) return null;
  const params = { count, width, separator: separator === '\t' ? 'TAB' : separator };
  return fileIssue(count > width ? 'rowTooLong' : 'rowTooShort', params, { line: row.line });
}

/** What {@link takeRow} did with a row. */
export type TakenAs = 'blank' | 'header' | 'data';

/**
 * One step of reading a table, the same for CSV and XLSX: blank rows are passed over, every row
 * is held to the limits, the first one becomes the header (its sink comes from `onHeader`), and
 * the rest are counted and handed to that sink.
 */
export class TableRows {
  private sink: RowSink | null = null;
  constructor(private readonly info: TableInfo, private readonly onHeader: (headers: string[]) => RowSink) {}

  /** Whether the header has been read. */
  get started(): boolean {
    return this.sink !== null;
  }

  /** Takes the next row of the file. */
  take(row: RawRow): TakenAs {
    if (isBlankRow(row.cells)) return 'blank';
    checkRowLimits(row, this.info.headers);
    if (this.sink === null) {
      this.info.headers = row.cells.map((h) => h.trim());
      this.info.errors.push(...headerIssues(this.info.headers));
      this.sink = this.onHeader(this.info.headers);
      return 'header';
    }
    checkRowCount(++this.info.rowCount);
    this.sink(row);
    return 'data';
  }
}
