import type { CodedError } from '@spejl/error-catalogue';
import { SpejlError, type InputIssue } from '../errors/spejl-error.ts';

type Params = Record<string, string | number>;

/**
 * Every problem a file itself can have, by code, with its English text. The code and the
 * values travel with the issue, so the console says the same in Danish; the CLI prints the text.
 */
const TEXTS = {
  tooLarge: (p: Params) => `the file is ${p.size}, more than the ${p.limit} an upload may be; leave out columns Spejl does not use, or split the file, and upload again`,
  empty: () => 'the file is empty (0 bytes); export the file from the HR system again and upload that',
  onlyBom: () => 'the file holds nothing but the mark that says it is UTF-8, no text; export the file again and upload that',
  blank: () => 'the file has only blank lines; it needs a header line and one line per row below it',
  noPeople: () => 'the file has a header but no people below it',
  noForms: () => 'the file has a header but no forms below it',
  notText: () => 'the file is neither a text file (CSV) nor an Excel workbook (.xlsx); save it from Excel as "CSV UTF-8" or as .xlsx and upload that',
  oldXls: () => 'the file is in the old Excel .xls format; save it as .xlsx ("Excel-projektmappe") or as "CSV UTF-8" and upload again',
  utf16WithoutBom: () => 'the file is UTF-16 without the mark that says which kind; save it as "CSV UTF-8" and upload again',
  mixedEncoding: () => 'this line is not UTF-8 although the rest of the file is: the file mixes two encodings (often after pasting from another file); check the letters on this line, save the file as "CSV UTF-8" and upload again',
  windows1252: () => 'the file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV (semikolonsepareret)"); check that æ, ø and å look right, or save the file as "CSV UTF-8"',
  damagedText: () => 'the file says it is UTF-16 but its text is cut off or damaged; save it again as "CSV UTF-8" and upload that',
  damagedXlsx: (p: Params) => `the file looks like XLSX but could not be read (${p.why}); open it in Excel and save it again as .xlsx or as CSV UTF-8`,
  zipEntries: (p: Params) => `the workbook holds ${p.count} parts, more than the ${p.limit} a workbook may have; save the sheet on its own as .xlsx or as "CSV UTF-8"`,
  zipInflated: (p: Params) => `the workbook unpacks to more than ${p.limit}; save only the sheet with the people as .xlsx or as "CSV UTF-8" and upload that`,
  zipRatio: (p: Params) => `the workbook part ${p.part} unpacks to ${p.ratio} times its packed size, which only files made to exhaust a server do (a "zip bomb"); save the sheet again from Excel as .xlsx or as "CSV UTF-8"`,
  zipSizeLies: (p: Params) => `the workbook part ${p.part} unpacks to more than the workbook says it holds: the file is damaged or made to attack; save the sheet again from Excel as .xlsx or as "CSV UTF-8"`,
  tooManyRows: (p: Params) => `the file has more than ${p.limit} rows; split it, or upload only the people of the organisation Spejl evaluates`,
  tooManyColumns: (p: Params) => `the line has ${p.count} columns, more than the ${p.limit} a file may have; leave out the columns Spejl does not use`,
  cellTooLong: (p: Params) => `the value has ${p.length} characters, more than the ${p.limit} a value may have; shorten it (a line break inside quotes may have swallowed the lines after it)`,
  valueTooLong: (p: Params) => `a value in the workbook is longer than the ${p.limit} characters a value may have; shorten it and save the workbook again`,
  rowTooWide: (p: Params) => `a row of the workbook has more than ${p.limit} cells, more than a file may have; delete the columns Spejl does not use and save the workbook again`,
  duplicateHeader: (p: Params) => `the header "${p.header}" names both column ${p.first} and column ${p.second}; give each column its own name, or delete the one Spejl should not read`,
  otherSeparator: (p: Params) => `the header is one column with "${p.separator}" between the names: the file is separated by "${p.separator}", which Spejl does not guess; read it with "${p.separator}" as the separator, or save it from Excel as "CSV UTF-8" (with , or ;) and upload again`,
  oneColumn: (p: Params) => `the whole header is one value ("${p.header}"): each line seems to be quoted as a whole; read the file without the quotes around each line, or save it from Excel as "CSV UTF-8"`,
  badQuote: (p: Params) => `a quoted value is not closed or has a stray " in it (${p.detail})`,
  rowTooLong: (p: Params) => `the row has ${p.count} values but the header has ${p.width} columns: a value probably contains ${p.separator === 'TAB' ? 'a tab' : `"${p.separator}"`} without quotes around it`,
  rowTooShort: (p: Params) => `the row has ${p.count} values but the header has ${p.width} columns: a value is missing, or a line break split the row`,
  formulaLike: (p: Params) => `"${p.value}" starts with "${p.first}", which a spreadsheet would run as a formula (${p.count === 1 ? 'line' : 'lines'} ${p.lines}${Number(p.count) > 5 ? ` and ${Number(p.count) - 5} more` : ''}); it is stored as text, and Spejl's exports put a ' in front so a spreadsheet shows it as text`,
  moreProblems: (p: Params) => `and ${p.count} more ${Number(p.count) === 1 ? 'problem' : 'problems'}, not listed: fix the ones above, and import the file again to see the rest`,
} satisfies Record<string, (p: Params) => string>;

/** The code of a file problem, as the console's translations know it (under `files.`). */
export type FileIssueCode = keyof typeof TEXTS;

/** A located file problem with its code, values and English text. */
export function fileIssue(code: FileIssueCode, params: Params = {}, where: Pick<InputIssue, 'line' | 'column'> = {}): InputIssue {
  return { ...where, code: `file.${code}`, params, message: TEXTS[code](params) };
}

/** Refuses a whole file: a BAD_INPUT SpejlError whose one issue carries the code, so every client can say why. */
export function refuseFile(code: FileIssueCode, params: Params = {}, where: Pick<InputIssue, 'line' | 'column'> = {}): never {
  const issue = fileIssue(code, params, where);
  throw new SpejlError('BAD_INPUT', issue.message, [issue], { code: `file.${code}`, params } as CodedError);
}

/** A column's place as Excel shows it and by number: `C (3)`. */
export function columnPlace(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters} (${index + 1})`;
}
