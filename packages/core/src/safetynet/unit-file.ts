import { codedIssue, SpejlError, type InputIssue } from '../errors/spejl-error.ts';
import { findCycles } from '../hierarchy/cycles.ts';
import type { RawRow } from '../hierarchy/raw-table.ts';
import { readUploadedTable } from '../hierarchy/uploaded-table.ts';
import { cellAt, locateColumns, UNIT_COLUMNS } from './columns.ts';

/** One unit of the organisation as the unit file describes it. */
export interface Unit {
  line: number;
  code: string;
  name: string;
  /** Null for a top unit. */
  parent: string | null;
}

/** The units by Afdelingskode, and every problem of the unit file. */
export interface UnitFile {
  units: Map<string, Unit>;
  errors: InputIssue[];
  warnings: InputIssue[];
}

/** Names the file an issue is in, so a pair's problems say which of the two files to fix. */
export function inFile(issues: readonly InputIssue[], fileName: string): InputIssue[] {
  return issues.map((issue) => ({ ...issue, file: fileName }));
}

/** Reads a table of the pair; a refusal of the whole file (too large, not text) names the file. */
export async function readPairTable(bytes: Uint8Array, fileName: string, onHeader: (headers: string[]) => (row: RawRow) => void) {
  try {
    return await readUploadedTable(bytes, onHeader);
  } catch (error) {
    if (error instanceof SpejlError) throw new SpejlError(error.kind, error.message, inFile(error.issues, fileName), error.coded);
    throw error;
  }
}

/** Checks the units as a whole: every parent exists, and no chain of parents runs in a circle. */
function unitIssues(units: ReadonlyMap<string, Unit>, fileName: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const parentOf = new Map<string, string | null>();
  for (const u of units.values()) {
    if (u.parent !== null && !units.has(u.parent)) issues.push(codedIssue('safetynet.parentUnknown', { code: u.parent }, { line: u.line, column: UNIT_COLUMNS.parent }));
    parentOf.set(u.code, u.parent !== null && units.has(u.parent) && u.parent !== u.code ? u.parent : null);
  }
  for (const cycle of findCycles(parentOf)) {
    const first = units.get(cycle[0]!)!;
    issues.push(codedIssue('safetynet.unitCycle', { chain: [...cycle, cycle[0]!].join(' → ') }, { line: first.line, column: UNIT_COLUMNS.parent }));
  }
  return inFile(issues, fileName);
}

/** Reads the unit file (`Afdelingsnavn;Afdelingskode;Forældreafdelingskode;Pnummer`), collecting every problem. */
export async function readUnitFile(bytes: Uint8Array, fileName: string): Promise<UnitFile> {
  const units = new Map<string, Unit>();
  const errors: InputIssue[] = [];
  const table = await readPairTable(bytes, fileName, (headers) => {
    const { at, issues } = locateColumns(headers, UNIT_COLUMNS, 'unit file', fileName);
    errors.push(...issues);
    if (issues.length > 0) return () => {};
    return ({ line, cells }) => {
      const code = cellAt(cells, at.code);
      const seen = units.get(code);
      const problem = code === ''
        ? codedIssue('safetynet.unitCodeMissing', {}, { line, column: UNIT_COLUMNS.code })
        : seen ? codedIssue('safetynet.duplicateUnit', { code, otherLine: seen.line }, { line, column: UNIT_COLUMNS.code }) : null;
      if (problem) {
        errors.push({ ...problem, file: fileName });
        return;
      }
      const parent = cellAt(cells, at.parent);
      units.set(code, { line, code, name: cellAt(cells, at.name) || code, parent: parent === '' || parent === code ? null : parent });
    };
  });
  errors.push(...inFile(table.errors, fileName), ...unitIssues(units, fileName));
  return { units, errors, warnings: inFile(table.warnings, fileName) };
}
