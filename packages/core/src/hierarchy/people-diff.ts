import type { PersonRecord } from './person.ts';

/** A person whose record changes; one person can be both moved and renamed. */
export interface PersonChange {
  before: PersonRecord;
  after: PersonRecord;
  /** New manager. */
  moved: boolean;
  renamed: boolean;
  /** Email, faggruppe or unit changed. */
  updated: boolean;
}

/** What applying a file would do, person by person. */
export interface PeopleDiff {
  added: PersonRecord[];
  changed: PersonChange[];
  left: PersonRecord[];
  unchanged: number;
}

/** The diff in numbers, as the admin sees it before applying. */
export interface DiffCounts {
  added: number;
  moved: number;
  renamed: number;
  updated: number;
  left: number;
  unchanged: number;
}

/** Only a record's own fields (no file line, no exempt flag), for what is shown or sent. */
export function toRecord(p: PersonRecord): PersonRecord {
  return { personId: p.personId, name: p.name, email: p.email, managerId: p.managerId, faggruppe: p.faggruppe, unitName: p.unitName, ...(p.unitCode ? { unitCode: p.unitCode } : {}), ...(p.language ? { language: p.language } : {}) };
}

/**
 * Compares the stored people with a file's people by person_id, in linear time. The diff refers
 * to the given objects rather than copying them: a 200,000-row import should hold each person once.
 */
export function diffPeople(current: readonly PersonRecord[], incoming: readonly PersonRecord[]): PeopleDiff {
  const before = new Map(current.map((p) => [p.personId, p]));
  const diff: PeopleDiff = { added: [], changed: [], left: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const next of incoming) {
    seen.add(next.personId);
    const old = before.get(next.personId);
    if (!old) {
      diff.added.push(next);
      continue;
    }
    const moved = old.managerId !== next.managerId;
    const renamed = old.name !== next.name;
    const updated = old.email !== next.email || old.faggruppe !== next.faggruppe || old.unitName !== next.unitName || (old.unitCode ?? null) !== (next.unitCode ?? null) || (old.language ?? null) !== (next.language ?? null);
    if (moved || renamed || updated) diff.changed.push({ before: old, after: next, moved, renamed, updated });
    else diff.unchanged++;
  }
  for (const old of current) if (!seen.has(old.personId)) diff.left.push(old);
  return diff;
}

/** Counts a diff the way the console and the CLI show it. */
export function countDiff(diff: PeopleDiff): DiffCounts {
  let moved = 0;
  let renamed = 0;
  let updated = 0;
  for (const c of diff.changed) {
    if (c.moved) moved++;
    if (c.renamed) renamed++;
    if (c.updated) updated++;
  }
  return { added: diff.added.length, moved, renamed, updated, left: diff.left.length, unchanged: diff.unchanged };
}

/** Whether a diff changes nothing. */
export function isEmptyDiff(diff: PeopleDiff): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.left.length === 0;
}
