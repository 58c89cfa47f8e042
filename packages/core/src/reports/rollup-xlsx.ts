import ExcelJS from 'exceljs';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { neutraliseFormula } from '../files/spreadsheet-formulas.ts';
import { ROLLUP_COLUMNS, visitRollupRows } from '../rollup/export-rows.ts';

/**
 * The roll-up export as an XLSX workbook: the CSV's columns and rows, numbers as numbers
 * (means and sd rounded to 4 decimals), blanks empty, the header frozen and filterable, text
 * that starts like a formula guarded as in every export.
 */
export async function rollupXlsx(rollup: FilteredRollup, sheetName = 'Roll-up'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...ROLLUP_COLUMNS]).font = { bold: true };
  visitRollupRows(rollup, (row) => {
    sheet.addRow(ROLLUP_COLUMNS.map((column) => {
      const value = row[column];
      if (value === null) return null;
      if (typeof value === 'number' && (column === 'mean' || column === 'sd')) return Math.round(value * 10_000) / 10_000;
      // Text cells (ids) get the formula guard; numbers stay number cells, where a minus sign is only a sign.
      return typeof value === 'string' ? neutraliseFormula(value) : value;
    }));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ROLLUP_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
