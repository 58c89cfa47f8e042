import ExcelJS from 'exceljs';
import { excelCsv } from '../files/excel-csv.ts';
import type { CommentExportRow } from './comment-export.ts';
import { COMMENT_READER_COLUMNS, COMMENT_READER_HEADINGS, commentReaderCells, type CommentReaderWords } from './comment-export-reader.ts';

const headings = (words: CommentReaderWords) => COMMENT_READER_COLUMNS.map((c) => COMMENT_READER_HEADINGS[words.locale][c]);

/** The comment export for Danish Excel: `;`, BOM, CRLF, headed and worded for a reader (comment-export-reader.ts), every text formula-guarded and quoted. */
export function commentExportCsvExcel(rows: readonly CommentExportRow[], words: CommentReaderWords): string {
  return excelCsv(headings(words), rows.map((r) => commentReaderCells(r, words)));
}

/** Column widths in characters; the question's wording and the comment wrap. */
const WIDTHS: Record<(typeof COMMENT_READER_COLUMNS)[number], number> = { leader_id: 10, leader: 24, unit: 24, scope: 10, rater_role: 18, theme: 22, question: 18, wording: 40, text: 70 };
const WRAPPED = new Set<string>(['wording', 'text']);

/**
 * The comment export as an XLSX workbook, worded for a reader like the Excel CSV: the header
 * frozen and filterable, long texts wrapped. Every cell is a string cell, which Excel never
 * evaluates, so texts are written exactly as stored: a guard apostrophe would show literally.
 */
export async function commentExportXlsx(rows: readonly CommentExportRow[], words: CommentReaderWords): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.locale === 'en' ? 'Comments' : 'Kommentarer', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headings(words)).font = { bold: true };
  for (const row of rows) sheet.addRow(commentReaderCells(row, words));
  COMMENT_READER_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDTHS[c];
    column.alignment = WRAPPED.has(c) ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
  });
  sheet.getRow(1).alignment = { vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COMMENT_READER_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
