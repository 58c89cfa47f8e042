export { UPLOAD_LIMITS, megabytes } from './upload-limits.ts';
export { holdsAnySeparator, neutraliseFormula, neutraliseFormulaInCsv, startsLikeFormula } from './spreadsheet-formulas.ts';
export { fileIssue, type FileIssueCode } from './file-issues.ts';
export { excelCsv, excelField, excelNumber, excelTextField, EXCEL_BOM, EXCEL_NEWLINE, EXCEL_SEPARATOR, type ExcelCell, type FixedNumber } from './excel-csv.ts';
