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

/** Reads the first worksheet with content; row numbers are the spreadsheet's own, so errors point where Excel shows them. */
export async function readXlsxTable(bytes: Uint8Array): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new SpejlError('BAD_INPUT', `the file looks like XLSX but could not be read (${why}); open it in Excel and save it again as .xlsx or as CSV UTF-8`);
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  const rows: RawRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, (v) => cellText(v as ExcelJS.CellValue));
    if (!isBlankRow(cells)) rows.push({ line: number, cells });
  });
  const [header, ...data] = rows;
  return { format: 'xlsx', headers: (header?.cells ?? []).map((h) => h.trim()), rows: data, errors: [], warnings: [] };
}
