import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';

/** The unit file's columns Spejl reads (Pnummer and any others are passed over). */
export const UNIT_COLUMNS = { name: 'Afdelingsnavn', code: 'Afdelingskode', parent: 'Forældreafdelingskode' } as const;

/**
 * The employee file's columns Spejl reads. CPR, Brugernavn, Startdato and Titel are never looked
 * up, so their values are never copied out of the row they arrived in.
 */
export const EMPLOYEE_COLUMNS = {
  id: 'Medarbejdernummer', first: 'Fornavn', last: 'Efternavn', mail: 'Mail', unit: 'Afdelingskode',
  end: 'Slutdato', leader: 'Leders medarbejdernummer', faggruppe: 'Faggruppe',
} as const;

/** Columns an employee file may lack (older exports have no Faggruppe). */
const OPTIONAL = new Set<string>([EMPLOYEE_COLUMNS.faggruppe]);

const fold = (header: string) => header.trim().toLocaleLowerCase('da');

/** Where each wanted column is in a header (by name, ignoring case; -1 if absent), and the issues of the missing ones. */
export function locateColumns<K extends string>(headers: readonly string[], wanted: Record<K, string>, file: string, fileName: string): { at: Record<K, number>; issues: InputIssue[] } {
  const folded = headers.map(fold);
  const at = {} as Record<K, number>;
  const issues: InputIssue[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    at[key] = folded.indexOf(fold(wanted[key]));
    if (at[key] < 0 && !OPTIONAL.has(wanted[key])) {
      issues.push({ ...codedIssue('safetynet.columnMissing', { file, column: wanted[key], columns: headers.map((h) => `"${h}"`).join(', ') }, { line: 1, column: wanted[key] }), file: fileName });
    }
  }
  return { at, issues };
}

/** A row's value of a located column, trimmed ('' when the column is absent). */
export function cellAt(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}
