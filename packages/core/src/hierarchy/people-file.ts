import type { InputIssue } from '../errors/spejl-error.ts';
import { SpejlError } from '../errors/spejl-error.ts';
import { resolveMapping, type ColumnMapping } from './column-mapping.ts';
import { readCsvTable } from './csv-table.ts';
import { FaggruppeCatalog } from './faggrupper.ts';
import { toPersonLines } from './people-records.ts';
import type { PersonField, PersonLine } from './person.ts';
import type { RawTable } from './raw-table.ts';
import { validatePeople } from './validate-people.ts';
import { readXlsxTable } from './xlsx-table.ts';

/** Everything read from one people file: the columns, the mapping used, the people, and every problem found. */
export interface PeopleFile {
  format: 'csv' | 'xlsx';
  headers: string[];
  mapping: ColumnMapping;
  /** Required fields no header maps to; the console asks the admin to map them. */
  missingColumns: PersonField[];
  people: PersonLine[];
  /** Problems that stop the import; every one of them, sorted by line. */
  errors: InputIssue[];
  /** Things worth a look that do not stop the import (unknown faggruppe, no email). */
  warnings: InputIssue[];
}

/** How to read a file: the remembered or chosen mapping, and the faggrupper to recognise. */
export interface ReadOptions {
  mapping?: ColumnMapping;
  faggrupper?: FaggruppeCatalog;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function readTable(bytes: Uint8Array): Promise<RawTable> {
  if (startsWith(bytes, OLE)) {
    throw new SpejlError('BAD_INPUT', 'the file is in the old Excel .xls format; save it as .xlsx ("Excel-projektmappe") or as "CSV UTF-8" and upload again');
  }
  return startsWith(bytes, ZIP) ? readXlsxTable(bytes) : readCsvTable(bytes);
}

function byLine(a: InputIssue, b: InputIssue): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/**
 * THE people-file reader (CSV or XLSX, told apart by content, not name): maps columns,
 * reads every row and validates the whole file, collecting every problem rather than
 * stopping at the first. Throws only when the bytes are not a readable file at all.
 */
export async function readPeopleFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<PeopleFile> {
  const table = await readTable(bytes);
  const { mapping, missing } = resolveMapping(table.headers, options.mapping);
  const base = { format: table.format, headers: table.headers, mapping, missingColumns: missing };
  if (table.headers.length === 0) {
    return { ...base, people: [], errors: [{ message: 'the file is empty; it needs a header line (person_id, name, email, manager_id, faggruppe, unit_name) and one line per person' }], warnings: table.warnings };
  }
  if (missing.length > 0) {
    const found = table.headers.map((h) => `"${h}"`).join(', ');
    const errors = missing.map((field) => ({ line: 1, column: field, message: `no column is mapped to ${field}; the file's columns are ${found}: choose the one that holds ${field}, or add a column named ${field}` }));
    return { ...base, people: [], errors, warnings: table.warnings };
  }
  const records = toPersonLines(table, mapping, options.faggrupper ?? new FaggruppeCatalog());
  const errors = [...table.errors, ...records.errors, ...validatePeople(records.people, mapping)];
  if (records.people.length === 0) errors.push({ line: 2, message: 'the file has a header but no people below it' });
  return { ...base, people: records.people, errors: errors.sort(byLine), warnings: [...table.warnings, ...records.warnings].sort(byLine) };
}
