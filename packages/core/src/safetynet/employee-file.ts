import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';
import { cellAt, EMPLOYEE_COLUMNS, locateColumns } from './columns.ts';
import { hasLeft, parseEndDate } from './end-date.ts';
import { inFile, readPairTable, type Unit } from './unit-file.ts';

/** One current employee, with only what Spejl keeps or needs to place them. */
export interface Employee {
  line: number;
  id: string;
  name: string;
  mail: string;
  unit: string;
  /** The Leders medarbejdernummer as written ('' when empty). */
  leader: string;
  faggruppe: string;
}

/** The employees still employed, the ids of those who have left, and every problem of the file. */
export interface EmployeeFile {
  employees: Employee[];
  leftIds: Set<string>;
  errors: InputIssue[];
  warnings: InputIssue[];
}

/**
 * Reads the employee file. Only the columns in EMPLOYEE_COLUMNS are read from a row; CPR,
 * Brugernavn and Startdato stay in the row, which is dropped. A Slutdato before `today` means left.
 */
export async function readEmployeeFile(bytes: Uint8Array, fileName: string, units: ReadonlyMap<string, Unit>, today: string): Promise<EmployeeFile> {
  const employees: Employee[] = [];
  const leftIds = new Set<string>();
  const errors: InputIssue[] = [];
  const problem = (issue: InputIssue) => errors.push({ ...issue, file: fileName });
  const table = await readPairTable(bytes, fileName, (headers) => {
    const { at, issues } = locateColumns(headers, EMPLOYEE_COLUMNS, 'employee file', fileName);
    errors.push(...issues);
    if (issues.length > 0) return () => {};
    return ({ line, cells }) => {
      const value = (key: keyof typeof EMPLOYEE_COLUMNS) => cellAt(cells, at[key]);
      const endText = value('end');
      const end = endText === '' ? null : parseEndDate(endText);
      if (endText !== '' && end === null) problem(codedIssue('safetynet.badDate', { value: endText.slice(0, 40) }, { line, column: EMPLOYEE_COLUMNS.end }));
      if (hasLeft(end, today)) {
        leftIds.add(value('id'));
        return;
      }
      const unit = value('unit');
      if (!units.has(unit)) problem(codedIssue('safetynet.unitUnknown', { code: unit.slice(0, 40) }, { line, column: EMPLOYEE_COLUMNS.unit }));
      const name = [value('first'), value('last')].filter(Boolean).join(' ');
      if (name === '') problem(codedIssue('safetynet.nameMissing', {}, { line, column: EMPLOYEE_COLUMNS.first }));
      employees.push({ line, id: value('id'), name, mail: value('mail'), unit, leader: value('leader'), faggruppe: value('faggruppe') });
    };
  });
  return { employees, leftIds, errors: [...inFile(table.errors, fileName), ...errors], warnings: inFile(table.warnings, fileName) };
}
