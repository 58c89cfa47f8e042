import Papa from 'papaparse';
import type { InputIssue } from '../errors/spejl-error.ts';
import { fileIssue, refuseFile } from '../files/file-issues.ts';
import { IssueCollector, mergeCapped } from '../files/issue-cap.ts';
import { decodeText } from '../files/text-decoding.ts';
import { checkRowWidth, TableRows, type RowSink, type TableInfo } from './raw-table.ts';
import { rowValues, suggestReading, type TableReading } from './table-reading.ts';

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
  const line = text.split('\n', 50).find((l) => l.trim() !== '') ?? '';
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
  return fileIssue('badQuote', { detail: error.message }, { line });
}

/**
 * Reads a CSV file row by row: `,` `;` or tab separated (tab when the header says so), or as the
 * reading says, in any encoding `decodeText` reads; quoted values may hold separators and line
 * breaks. The header goes to `onHeader`, each data row to the sink it returns; limits are checked
 * as rows arrive. A header of one column gets the reading that would give it several, if any.
 */
export async function readCsvTable(bytes: Uint8Array, onHeader: (headers: string[]) => RowSink, reading: TableReading = {}): Promise<TableInfo> {
  const decoded = decodeText(bytes);
  if (decoded.text === '') refuseFile('onlyBom');
  const separator = reading.delimiter ?? detectSeparator(decoded.text);
  const info: TableInfo = { format: 'csv', headers: [], rowCount: 0, errors: [...decoded.errors], warnings: [...decoded.warnings] };
  const rows = new TableRows(info, onHeader);
  let line = 1;
  // Every row can be too short or too long: list the first, count the rest.
  const rowProblems = new IssueCollector();
  Papa.parse<string[]>(decoded.text, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      const row = { line, cells: rowValues(result.data, separator, reading.unquoteLines) };
      line += 1 + innerBreaks(result.data);
      for (const error of result.errors) {
        const issue = quoteIssue(error, row.line);
        if (issue) rowProblems.add(issue);
      }
      if (rows.take(row) !== 'data') return;
      const width = checkRowWidth(row, info.headers.length, separator);
      if (width) rowProblems.add(width);
    },
  });
  info.errors = mergeCapped([info.errors, rowProblems.list()], (a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (info.headers.length === 1) info.suggestedReading = suggestReading(decoded.text);
  return info;
}
