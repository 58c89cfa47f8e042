import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';
import { fileIssue } from '../files/file-issues.ts';
import { IssueCollector } from '../files/issue-cap.ts';
import { startsLikeFormula, withoutFormulaGuard } from '../files/spreadsheet-formulas.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { FaggruppeCatalog } from './faggrupper.ts';
import { emailProblem, MAX_ID_LENGTH, MAX_TEXT_LENGTH, nameProblem, personIdProblem } from './person-fields.ts';
import { PERSON_FIELDS, type PersonField, type PersonLine } from './person.ts';
import type { RawRow } from './raw-table.ts';
import { languageTagSchema } from '../languages/language-tag.ts';

/** People read from a table's rows, with the problems found in single values. */
export interface RecordsResult {
  people: PersonLine[];
  errors: InputIssue[];
  warnings: InputIssue[];
}

// Just the numbers, so each language puts its own word for "line" in front (the count says how many there are).
function linesText(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return lines.length > 5 ? `${shown} …` : shown;
}

/** Lines per key, for one warning per distinct problem instead of one per row: 40,000 copies help nobody. */
class LinesByKey {
  readonly map = new Map<string, { value: string; lines: number[] }>();
  add(key: string, value: string, line: number): void {
    const seen = this.map.get(key);
    if (seen) seen.lines.push(line);
    else this.map.set(key, { value, lines: [line] });
  }
}

/** Names with single spaces: collapsing only when needed keeps the file's own string (and its memory). */
function tidyName(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * Turns mapped cells into people one row at a time, checking each value on its own (ids, names,
 * emails, faggrupper); rows are not kept, only the people made from them.
 */
export class PersonLineReader {
  private readonly at: Record<PersonField, number>;
  private readonly people: PersonLine[] = [];
  /** Capped: a file can have a bad value on every row. */
  private readonly errors = new IssueCollector();
  private readonly unknownFaggrupper = new LinesByKey();
  private readonly formulas = new LinesByKey();
  private readonly noEmail: number[] = [];

  constructor(headers: readonly string[], private readonly mapping: ColumnMapping, private readonly faggrupper: FaggruppeCatalog) {
    const index = (field: PersonField): number => (mapping[field] === undefined ? -1 : headers.indexOf(mapping[field]));
    this.at = Object.fromEntries(PERSON_FIELDS.map((f) => [f, index(f)])) as Record<PersonField, number>;
  }

  /** Reads one row into a person. */
  readonly add = ({ line, cells }: RawRow): void => {
    const cell = (field: PersonField): string => {
      const i = this.at[field];
      let text = i < 0 ? '' : (cells[i] ?? '').trim();
      const max = field === 'person_id' || field === 'manager_id' ? MAX_ID_LENGTH : MAX_TEXT_LENGTH;
      if (text.length > max) {
        // Only the start is kept: thousands of rows sharing one huge cell must not each hold a copy.
        this.errors.add(codedIssue('people.cellTooLong', { column: this.mapping[field] ?? field, length: text.length, limit: max }, { line, column: this.mapping[field] }));
        text = text.slice(0, max);
      }
      if (!text.includes("'") && !startsLikeFormula(text)) return text;
      const unguarded = withoutFormulaGuard(text);
      if (startsLikeFormula(unguarded)) this.formulas.add(field, unguarded, line);
      return unguarded;
    };
    const personId = cell('person_id');
    const name = tidyName(cell('name'));
    const email = cell('email');
    const problems: [string | undefined, InputIssue | null][] = [
      [this.mapping.person_id, personIdProblem(personId)],
      [this.mapping.name, nameProblem(name)],
      [this.mapping.email, emailProblem(email)],
    ];
    for (const [column, problem] of problems) if (problem) this.errors.add({ line, column, ...problem });
    if (email === '') this.noEmail.push(line);
    const managerId = cell('manager_id');
    const unitName = cell('unit_name');
    const unitCode = cell('unit_code');
    const language = this.language(cell('language'), line);
    this.people.push({
      line, personId, name, email: email || null, managerId: managerId || null, faggruppe: this.faggruppe(cell('faggruppe'), line), unitName: unitName || null,
      ...(unitCode ? { unitCode } : {}), ...(language ? { language } : {}),
    });
  };

  /** A language tag, canonical (`PL` → `pl`); one that is none is an error on its line. */
  private language(text: string, line: number): string | null {
    if (text === '') return null;
    const parsed = languageTagSchema.safeParse(text);
    if (parsed.success) return parsed.data;
    this.errors.add(codedIssue('languages.badTag', { tag: text.slice(0, 40) }, { line, column: this.mapping.language ?? 'language' }));
    return null;
  }

  private faggruppe(text: string, line: number): string | null {
    if (text === '') return null;
    const known = this.faggrupper.canonical(text);
    if (known === undefined) this.unknownFaggrupper.add(text, text, line);
    return known ?? text;
  }

  /** The people read, every problem of single values, and the grouped warnings. */
  result(): RecordsResult {
    const known = this.faggrupper.list().join(', ');
    const warnings: InputIssue[] = [];
    for (const { value, lines } of this.unknownFaggrupper.map.values()) {
      warnings.push(codedIssue('people.unknownFaggruppe', { value, count: lines.length, lines: linesText(lines), known }, { line: lines[0], column: this.mapping.faggruppe }));
    }
    if (this.noEmail.length) {
      const n = this.noEmail.length;
      warnings.push(codedIssue('people.noEmail', { count: n, lines: linesText(this.noEmail) }, { line: this.noEmail[0], column: this.mapping.email }));
    }
    for (const [field, { value, lines }] of this.formulas.map) {
      // Values are trimmed, so they start with = + - or @, never a tab or carriage return.
      const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
      const params = { value: shown, first: value[0]!, lines: lines.slice(0, 5).join(', '), count: lines.length };
      warnings.push(fileIssue('formulaLike', params, { line: lines[0], column: this.mapping[field as PersonField] }));
    }
    return { people: this.people, errors: this.errors.list(), warnings };
  }
}
