import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SpejlError } from '../errors/spejl-error.ts';
import { refuseFile } from '../files/file-issues.ts';
import { UPLOAD_LIMITS } from '../files/upload-limits.ts';
import { openWorkbook } from '../files/xlsx-archive.ts';
import { TableRows, type RawRow, type RowSink, type TableInfo } from './raw-table.ts';

/** The text a person sees in a cell, whatever exceljs made of it (rich text, hyperlinks, formulas, dates). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** A row's cells as text; ExcelJS puts column A at index 1 and leaves gaps where cells are missing. */
function rowCells(row: ExcelJS.Row): RawRow {
  const values = Array.isArray(row.values) ? row.values : [];
  if (values.length - 1 > UPLOAD_LIMITS.columns) refuseFile('tooManyColumns', { count: values.length - 1, limit: UPLOAD_LIMITS.columns }, { line: row.number });
  const cells = Array.from(values.slice(1), (v) => cellText(v as ExcelJS.CellValue));
  return { line: row.number, cells };
}

/**
 * Streams the first worksheet with content: its first non-blank row is the header, the rest go
 * to the sink one by one. Row numbers are the spreadsheet's own, so errors point where Excel shows them.
 */
async function readFirstSheet(stream: Readable, info: TableInfo, onHeader: (headers: string[]) => RowSink): Promise<void> {
  // The streaming reader is faster and leaner than loading the whole workbook (40,000 rows ≈ 1.4 s vs 2 s).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  for await (const sheet of reader) {
    const rows = new TableRows(info, onHeader);
    for await (const row of sheet) rows.take(rowCells(row));
    if (rows.started) return;
  }
}

/** Reads an XLSX file through `openWorkbook`'s checks; anything unreadable becomes a refusal that says what to do. */
export async function readXlsxTable(bytes: Uint8Array, onHeader: (headers: string[]) => RowSink): Promise<TableInfo> {
  const info: TableInfo = { format: 'xlsx', headers: [], rowCount: 0, errors: [], warnings: [] };
  const workbook = await openWorkbook(bytes);
  try {
    // A refused part ends the stream mid-part, where the sheet reader would wait for ever: the refusal wins the race.
    await Promise.race([readFirstSheet(workbook.stream, info, onHeader), workbook.failed.then((refusal) => Promise.reject(refusal))]);
    const refusal = workbook.failure();
    if (refusal) throw refusal;
  } catch (error) {
    if (error instanceof SpejlError) throw error;
    refuseFile('damagedXlsx', { why: error instanceof Error ? error.message : String(error) });
  }
  return info;
}
