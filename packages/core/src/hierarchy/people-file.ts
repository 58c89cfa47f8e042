import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';
import { fileIssue } from '../files/file-issues.ts';
import { capIssues, mergeCapped } from '../files/issue-cap.ts';
import { resolveMapping, type ColumnMapping } from './column-mapping.ts';
import { FaggruppeCatalog } from './faggrupper.ts';
import { PersonLineReader, type RecordsResult } from './people-records.ts';
import type { PersonField, PersonLine } from './person.ts';
import type { TableReading } from './table-reading.ts';
import { readUploadedTable } from './uploaded-table.ts';
import { validatePeople } from './validate-people.ts';

/** Everything read from one people file: the columns, the mapping used, the people, and every problem found. */
export interface PeopleFile {
  format: 'csv' | 'xlsx';
  headers: string[];
  mapping: ColumnMapping;
  /** Required fields no header maps to; the console asks the admin to map them. */
  missingColumns: PersonField[];
  people: PersonLine[];
  /** Problems that stop the import, sorted by line: the first ISSUE_CAP, then one line counting the rest. */
  errors: InputIssue[];
  /** Things worth a look that do not stop the import (unknown faggruppe, no email, a value that looks like a formula). */
  warnings: InputIssue[];
  /** When the header came out as one column: the reading (separator, quoted lines) that gives it several. */
  suggestedReading: TableReading | null;
}

/** How to read a file: the remembered or chosen mapping, the faggrupper to recognise, and (CSV) the separator if chosen. */
export interface ReadOptions {
  mapping?: ColumnMapping;
  faggrupper?: FaggruppeCatalog;
  reading?: TableReading;
}

function byLine(a: InputIssue, b: InputIssue): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/** Header problems that already say why every column is missing: a file read as one column. */
const ONE_COLUMN = new Set(['file.otherSeparator', 'file.oneColumn']);

function missingColumnIssues(headers: readonly string[], missing: readonly PersonField[], tableErrors: readonly InputIssue[]): InputIssue[] {
  // "No column is mapped to person_id" only repeats, once per field, that the file was read as one column.
  if (tableErrors.some((issue) => issue.code !== undefined && ONE_COLUMN.has(issue.code))) return [];
  const columns = headers.map((h) => `"${h}"`).join(', ');
  return missing.map((field) => codedIssue('people.columnMissing', { wanted: field, columns }, { line: 1, column: field }));
}

/**
 * THE people-file reader (CSV or XLSX): maps columns, reads every row as it streams past and
 * validates the whole file, collecting every problem rather than stopping at the first. Throws
 * (a SpejlError) only when the bytes are not a file Spejl may read at all.
 */
export async function readPeopleFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<PeopleFile> {
  let reader: PersonLineReader | null = null;
  let resolved = resolveMapping([], options.mapping);
  const table = await readUploadedTable(bytes, (headers) => {
    resolved = resolveMapping(headers, options.mapping);
    // Without every required column the rows cannot become people; they are only counted.
    if (resolved.missing.length > 0) return () => {};
    reader = new PersonLineReader(headers, resolved.mapping, options.faggrupper ?? new FaggruppeCatalog());
    return reader.add;
  }, options.reading);
  const base = { format: table.format, headers: table.headers, mapping: resolved.mapping, missingColumns: resolved.missing, suggestedReading: table.suggestedReading ?? null };
  if (resolved.missing.length > 0) {
    return { ...base, people: [], errors: capIssues([...table.errors, ...missingColumnIssues(table.headers, resolved.missing, table.errors)].sort(byLine)), warnings: table.warnings };
  }
  const records: RecordsResult = (reader as PersonLineReader | null)?.result() ?? { people: [], errors: [], warnings: [] };
  const noPeople = records.people.length === 0 ? [fileIssue('noPeople', {}, { line: 2 })] : [];
  // Each list was capped as it was made (250,000 rows sharing one bad address made 500,000 problems
  // and a 163 MB answer): the first ISSUE_CAP of them all are listed, the rest counted.
  const errors = mergeCapped([capIssues(table.errors), records.errors, validatePeople(records.people, resolved.mapping), noPeople], byLine);
  return { ...base, people: records.people, errors, warnings: [...table.warnings, ...records.warnings].sort(byLine) };
}
