import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SpejlError } from '../errors/spejl-error.ts';
import { isBlankRow, type RawRow, type RawTable } from './raw-table.ts';

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

async function firstSheetRows(bytes: Uint8Array): Promise<RawRow[]> {
  // The streaming reader is faster and leaner than loading the whole workbook (40,000 rows ≈ 1.4 s vs 2 s).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), { sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  for await (const sheet of reader) {
    const rows: RawRow[] = [];
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = Array.from(values, (v) => cellText(v as ExcelJS.CellValue));
      if (!isBlankRow(cells)) rows.push({ line: row.number, cells });
    }
    if (rows.length > 0) return rows;
  }
  return [];
}

/** Reads the first worksheet with content; row numbers are the spreadsheet's own, so errors point where Excel shows them. */
export async function readXlsxTable(bytes: Uint8Array): Promise<RawTable> {
  let rows: RawRow[];
  try {
    rows = await firstSheetRows(bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new SpejlError('BAD_INPUT', `the file looks like XLSX but could not be read (${why}); open it in Excel and save it again as .xlsx or as CSV UTF-8`);
  }
  const [header, ...data] = rows;
  return { format: 'xlsx', headers: (header?.cells ?? []).map((h) => h.trim()), rows: data, errors: [], warnings: [] };
}
