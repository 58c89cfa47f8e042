import ExcelJS from 'exceljs';
import { excelCsv } from '../files/excel-csv.ts';
import { neutraliseFormula } from '../files/spreadsheet-formulas.ts';
import { COMMENT_EXPORT_COLUMNS, type CommentExportRow } from './comment-export.ts';

/** The comment export for Danish Excel: `;`, BOM, CRLF, every text formula-guarded and quoted. */
export function commentExportCsvExcel(rows: readonly CommentExportRow[]): string {
  return excelCsv(COMMENT_EXPORT_COLUMNS, rows.map((r) => COMMENT_EXPORT_COLUMNS.map((c) => r[c])));
}

/** The comment export as an XLSX workbook: the same columns, text wrapped, the header frozen and filterable, formulas guarded. */
export async function commentExportXlsx(rows: readonly CommentExportRow[], sheetName = 'Kommentarer'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...COMMENT_EXPORT_COLUMNS]).font = { bold: true };
  for (const row of rows) sheet.addRow(COMMENT_EXPORT_COLUMNS.map((c) => neutraliseFormula(row[c])));
  sheet.getColumn(COMMENT_EXPORT_COLUMNS.length).width = 80;
  sheet.getColumn(COMMENT_EXPORT_COLUMNS.length).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COMMENT_EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
