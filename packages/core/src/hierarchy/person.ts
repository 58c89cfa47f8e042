/** The columns of DESIGN.md's people file, in its order. */
export const PERSON_FIELDS = ['person_id', 'name', 'email', 'manager_id', 'faggruppe', 'unit_name', 'unit_code', 'language'] as const;

/** One column of the people file, by its DESIGN.md name. */
export type PersonField = (typeof PERSON_FIELDS)[number];

/** Columns a people file must have (values of manager_id and email may be empty). */
export const REQUIRED_FIELDS: readonly PersonField[] = ['person_id', 'name', 'email', 'manager_id'];

/** One person as the HR system describes them; person_id is the stable key across imports and rounds. */
export interface PersonRecord {
  personId: string;
  name: string;
  email: string | null;
  /** Empty for a top of a chain (several tops are allowed: separate chains). */
  managerId: string | null;
  faggruppe: string | null;
  unitName: string | null;
  /**
   * The HR system's stable code of the unit this person leads (optional column `unit_code`): it
   * follows a unit across rounds when its name or leader changes. Absent means none.
   */
  unitCode?: string | null;
  /**
   * The language the person reads surveys and their mails in (optional column `language`): a
   * BCP-47 tag, canonical (`pl`, `ar`, `en-GB`). Absent means the organisation's language.
   */
  language?: string | null;
}

/** A person read from a file, with the 1-based line it came from (the header is line 1). */
export interface PersonLine extends PersonRecord {
  line: number;
}

/** A person as stored: the file's fields plus what only the console sets. */
export interface StoredPerson extends PersonRecord {
  exempt: boolean;
  exemptReason: string | null;
}

/** A person's id and name, for breadcrumbs, links and messages. */
export interface PersonRef {
  personId: string;
  name: string;
}

/** Whether two records say the same thing about a person. */
export function sameRecord(a: PersonRecord, b: PersonRecord): boolean {
  return (
    a.personId === b.personId &&
    a.name === b.name &&
    a.email === b.email &&
    a.managerId === b.managerId &&
    a.faggruppe === b.faggruppe &&
    a.unitName === b.unitName &&
    (a.unitCode ?? null) === (b.unitCode ?? null) &&
    (a.language ?? null) === (b.language ?? null)
  );
}

/** "1004 (Mads Bæk)": how messages name a person so an admin can find them in the HR system. */
export function describePerson(p: { personId: string; name: string }): string {
  return p.name ? `${p.personId} (${p.name})` : p.personId;
}

/** What search matches a person by: name, id and email, lower-cased the Danish way. */
export function searchKey(p: { personId: string; name: string; email: string | null }): string {
  return `${p.name}\n${p.personId}\n${p.email ?? ''}`.toLocaleLowerCase('da');
}

/** Lower-cases a search query the same way as searchKey. */
export function searchQuery(q: string): string {
  return q.trim().toLocaleLowerCase('da');
}
