import Papa from 'papaparse';
import type { InputIssue } from '../errors/spejl-error.ts';
import { checkRowWidth, isBlankRow, type RawRow, type RawTable } from './raw-table.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * UTF-8 (the BOM is dropped), else Windows-1252: older Danish Excel saves "CSV
 * (semikolonsepareret)" that way, and refusing it would leave an admin stuck.
 */
function decode(bytes: Uint8Array): { text: string; warnings: InputIssue[] } {
  try {
    return { text: utf8.decode(bytes), warnings: [] };
  } catch {
    return {
      text: windows1252.decode(bytes),
      warnings: [{ message: 'the file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV (semikolonsepareret)"); check that æ, ø and å look right, or save the file as "CSV UTF-8"' }],
    };
  }
}

/** Counts line breaks inside a row's quoted values, so later rows keep their true line numbers. */
function innerBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

const SEPARATORS = [';', ',', '\t'] as const;

/**
 * The separator the header line uses most, outside quotes. Guessing from the header rather
 * than the whole file keeps a small file whose names hold `;` or `,` from being misread.
 */
export function detectSeparator(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}

function quoteIssue(error: Papa.ParseError, line: number): InputIssue | null {
  if (error.type !== 'Quotes') return null;
  return { line, message: `a quoted value is not closed or has a stray " in it (${error.message})` };
}

/** Reads a CSV people file: `,` `;` or tab separated, with or without BOM, quoted values may hold separators and line breaks. */
export function readCsvTable(bytes: Uint8Array): RawTable {
  const { text, warnings } = decode(bytes);
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const errors: InputIssue[] = [];
  const lines: number[] = [];
  let next = 1;
  for (const cells of parsed.data) {
    lines.push(next);
    next += 1 + innerBreaks(cells);
  }
  for (const error of parsed.errors) {
    const issue = quoteIssue(error, lines[error.row ?? 0] ?? 1);
    if (issue) errors.push(issue);
  }
  const all: RawRow[] = parsed.data.map((cells, i) => ({ line: lines[i] ?? i + 1, cells }));
  const nonBlank = all.filter((r) => !isBlankRow(r.cells));
  const [header, ...rows] = nonBlank;
  const headers = (header?.cells ?? []).map((h) => h.trim());
  for (const row of rows) {
    const issue = checkRowWidth(row, headers.length, separator);
    if (issue) errors.push(issue);
  }
  return { format: 'csv', headers, rows, errors, warnings };
}
