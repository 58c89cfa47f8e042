import { capIssues, mergeCapped } from '../files/issue-cap.ts';
import { fileIssue } from '../files/file-issues.ts';
import type { InputIssue } from '../errors/spejl-error.ts';
import type { ColumnMapping } from '../hierarchy/column-mapping.ts';
import { FaggruppeCatalog } from '../hierarchy/faggrupper.ts';
import type { PeopleFile } from '../hierarchy/people-file.ts';
import { PersonLineReader } from '../hierarchy/people-records.ts';
import { validatePeople } from '../hierarchy/validate-people.ts';
import { EMPLOYEE_COLUMNS } from './columns.ts';
import { readEmployeeFile } from './employee-file.ts';
import { placeEmployees } from './unit-leaders.ts';
import { inFile, readUnitFile } from './unit-file.ts';

/** The two files of a SafetyNet export, as uploaded or fetched. */
export interface SafetyNetPair {
  units: { fileName: string; bytes: Uint8Array };
  employees: { fileName: string; bytes: Uint8Array };
}

/** How the pair is read: the faggrupper to recognise, and the day that decides who has left. */
export interface PairOptions {
  faggrupper?: FaggruppeCatalog;
  /** `yyyy-mm-dd`; a Slutdato before it means the person has left. Default: today (UTC). */
  today?: string;
}

/**
 * The people file's columns as the pair names them, so every problem points at the column of the
 * employee file to fix. The unit's name and code have no column of their own: they come from the unit file.
 */
export const SAFETYNET_MAPPING: ColumnMapping = {
  person_id: EMPLOYEE_COLUMNS.id, name: EMPLOYEE_COLUMNS.first, email: EMPLOYEE_COLUMNS.mail,
  manager_id: EMPLOYEE_COLUMNS.leader, faggruppe: EMPLOYEE_COLUMNS.faggruppe, unit_name: 'Afdelingsnavn', unit_code: EMPLOYEE_COLUMNS.unit,
};
const HEADERS = Object.values(SAFETYNET_MAPPING) as string[];

const byLine = (a: InputIssue, b: InputIssue) => (a.line ?? 0) - (b.line ?? 0);

/**
 * Converts a SafetyNet pair into the people file's rows: one row per current employee, on the line
 * of the employee file it came from, then read and validated by the very reader of people files.
 * What the pair holds beyond those rows (CPR, Brugernavn, dates) is never copied out.
 */
export async function readSafetyNetPair(pair: SafetyNetPair, options: PairOptions = {}): Promise<PeopleFile> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const unitFile = await readUnitFile(pair.units.bytes, pair.units.fileName);
  const employeeFile = await readEmployeeFile(pair.employees.bytes, pair.employees.fileName, unitFile.units, today);
  const base = { format: 'csv' as const, headers: HEADERS, mapping: SAFETYNET_MAPPING, missingColumns: [], suggestedReading: null };
  const fileErrors = [...unitFile.errors, ...employeeFile.errors];
  const warnings = [...unitFile.warnings, ...employeeFile.warnings];
  if (fileErrors.length > 0) return { ...base, people: [], errors: capIssues(fileErrors.sort(byLine)), warnings };

  const { managerOf, unitOf } = placeEmployees(employeeFile.employees, unitFile.units, employeeFile.leftIds);
  const reader = new PersonLineReader(HEADERS, SAFETYNET_MAPPING, options.faggrupper ?? new FaggruppeCatalog());
  for (const e of employeeFile.employees) {
    const unit = unitOf.get(e.id);
    reader.add({ line: e.line, cells: [e.id, e.name, e.mail, managerOf.get(e.id) ?? '', e.faggruppe, unit?.name ?? '', unit?.code ?? ''] });
  }
  const records = reader.result();
  const noPeople = records.people.length === 0 ? [fileIssue('noPeople', {}, { line: 2 })] : [];
  const errors = mergeCapped([records.errors, validatePeople(records.people, SAFETYNET_MAPPING), noPeople], byLine);
  const employeesFile = pair.employees.fileName;
  return { ...base, people: records.people, errors: inFile(errors, employeesFile), warnings: [...warnings, ...inFile(records.warnings, employeesFile)] };
}
