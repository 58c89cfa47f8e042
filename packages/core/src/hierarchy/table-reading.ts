import Papa from 'papaparse';
import { z } from 'zod';

/** The separators a CSV file can be read with when the admin says which. */
export const DELIMITERS = [';', ',', '\t', '|'] as const;

/** One separator of values in a CSV file. */
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * How to read a CSV file when the guess got it wrong: which separator, and whether every line
 * is quoted as a whole (what Excel writes when CSV text was pasted into one column). XLSX files
 * have cells of their own and ignore it.
 */
export const tableReadingSchema = z.object({
  delimiter: z.enum(DELIMITERS).optional(),
  unquoteLines: z.boolean().optional(),
}).strict();

/** A chosen reading of a CSV file; empty means Spejl guesses. */
export type TableReading = z.infer<typeof tableReadingSchema>;

/**
 * A row's values under a reading. With `unquoteLines`, a row that came out as one value (a whole
 * line in quotes, its own quotes doubled) is split again by the separator; other rows stay.
 */
export function rowValues(cells: string[], separator: string, unquoteLines: boolean | undefined): string[] {
  if (!unquoteLines || cells.length !== 1) return cells;
  // An unquoted line break inside the line's value would start a new row; its values stay in this one.
  return Papa.parse<string[]>(cells[0]!, { delimiter: separator }).data.flat();
}

function headerUnder(text: string, reading: Required<Pick<TableReading, 'delimiter'>> & TableReading): string[] {
  // The header is on the first lines; a slice keeps a large file from being parsed again in full.
  const rows = Papa.parse<string[]>(text.slice(0, 64 * 1024), { delimiter: reading.delimiter, preview: 20 }).data;
  const first = rows.find((cells) => cells.some((c) => c.trim() !== '')) ?? [];
  return rowValues(first, reading.delimiter, reading.unquoteLines);
}

/** The separator used most in a line of text, if any. */
function mostUsed(line: string): Delimiter | null {
  const counts = DELIMITERS.map((d) => [d, line.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  const [best, n] = counts[0]!;
  return n > 0 ? best : null;
}

/**
 * A reading under which a file whose header came out as one column has several: another
 * separator, or lines unquoted. Null when none helps (a file of one column is just that).
 */
export function suggestReading(text: string): TableReading | null {
  for (const delimiter of ['|', '\t', ';', ','] as const) {
    if (headerUnder(text, { delimiter }).length > 1) return { delimiter };
  }
  const inner = mostUsed(headerUnder(text, { delimiter: ',' })[0] ?? '');
  if (inner && headerUnder(text, { delimiter: inner, unquoteLines: true }).length > 1) return { delimiter: inner, unquoteLines: true };
  return null;
}
