import type { InputIssue } from '../errors/spejl-error.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { FaggruppeCatalog } from './faggrupper.ts';
import { emailProblem, nameProblem, personIdProblem } from './person-fields.ts';
import type { PersonField, PersonLine } from './person.ts';
import type { RawTable } from './raw-table.ts';

/** People read from a table's rows, with the problems found in single values. */
export interface RecordsResult {
  people: PersonLine[];
  errors: InputIssue[];
  warnings: InputIssue[];
}

function linesText(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return lines.length > 5 ? `lines ${shown} and ${lines.length - 5} more` : lines.length > 1 ? `lines ${shown}` : `line ${shown}`;
}

/** One warning per distinct problem value instead of one per row: 40,000 copies help nobody. */
function groupedWarnings(byValue: Map<string, number[]>, say: (value: string, where: string) => string, column: string | undefined): InputIssue[] {
  return [...byValue].map(([value, lines]) => ({ line: lines[0], column, message: say(value, linesText(lines)) }));
}

/** Turns mapped cells into people, checking each value on its own (ids, names, emails, faggrupper). */
export function toPersonLines(table: RawTable, mapping: ColumnMapping, faggrupper: FaggruppeCatalog): RecordsResult {
  const index = (field: PersonField): number => (mapping[field] === undefined ? -1 : table.headers.indexOf(mapping[field]));
  const at = { person_id: index('person_id'), name: index('name'), email: index('email'), manager_id: index('manager_id'), faggruppe: index('faggruppe'), unit_name: index('unit_name') };
  const errors: InputIssue[] = [];
  const unknownFaggrupper = new Map<string, number[]>();
  const noEmail: number[] = [];
  const people: PersonLine[] = [];

  for (const { line, cells } of table.rows) {
    const cell = (i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());
    const personId = cell(at.person_id);
    const name = cell(at.name).replace(/\s+/g, ' ');
    const email = cell(at.email);
    const faggruppe = cell(at.faggruppe);
    const problems: [string | undefined, string | null][] = [
      [mapping.person_id, personIdProblem(personId)],
      [mapping.name, nameProblem(name)],
      [mapping.email, emailProblem(email)],
    ];
    for (const [column, message] of problems) if (message) errors.push({ line, column, message });
    if (email === '') noEmail.push(line);
    let canonical: string | null = null;
    if (faggruppe !== '') {
      const known = faggrupper.canonical(faggruppe);
      canonical = known ?? faggruppe;
      if (known === undefined) {
        const lines = unknownFaggrupper.get(faggruppe);
        if (lines) lines.push(line);
        else unknownFaggrupper.set(faggruppe, [line]);
      }
    }
    const managerId = cell(at.manager_id);
    const unitName = cell(at.unit_name);
    people.push({ line, personId, name, email: email || null, managerId: managerId || null, faggruppe: canonical, unitName: unitName || null });
  }

  const known = faggrupper.list().join(', ');
  const warnings = [
    ...groupedWarnings(unknownFaggrupper, (v, where) => `faggruppe "${v}" is not a known faggruppe (${where}); those people get the general examples. Known: ${known}`, mapping.faggruppe),
    ...(noEmail.length ? groupedWarnings(new Map([['', noEmail]]), (_, where) => `${noEmail.length} ${noEmail.length === 1 ? 'person has' : 'people have'} no email address (${where}); they cannot be invited by email`, mapping.email) : []),
  ];
  return { people, errors, warnings };
}
