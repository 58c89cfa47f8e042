import type { PeopleDiff, PersonChange } from './people-diff.ts';
import { toRecord } from './people-diff.ts';
import { byDanishName } from './people-tree.ts';
import type { PersonRecord } from './person.ts';

/** How many people added, renamed or updated a preview names; the counts are always complete. */
export const SAMPLE_SIZE = 200;

/**
 * How many people leaving and moving a preview lists for review, searchable in the console. Every
 * one of them up to this many: an admin checks these by name before confirming a large change.
 */
export const REVIEW_LIMIT = 10_000;

/** The people of a diff by name, for the admin to check before applying. */
export interface DiffSamples {
  added: PersonRecord[];
  /** The first changed people of every kind (moved, renamed, updated). */
  changed: PersonChange[];
  /** Everyone who moves to another manager (up to REVIEW_LIMIT), by name. */
  moved: PersonChange[];
  /** Everyone who leaves (up to REVIEW_LIMIT), by name. */
  left: PersonRecord[];
  /** Names of the managers the lists mention, so a move reads "from Anna to Bo". */
  names: Record<string, string>;
}

/** The first `limit` of a list in Danish name order; a list longer than that is cut first, so sorting stays cheap. */
function firstByName<T>(list: readonly T[], limit: number, key: (item: T) => PersonRecord): T[] {
  return list.slice(0, limit).sort((a, b) => byDanishName(key(a), key(b)));
}

function changeRecord(c: PersonChange): PersonChange {
  return { ...c, before: toRecord(c.before), after: toRecord(c.after) };
}

/** Names of every manager the lists mention, new names taking precedence. */
function managerNames(ids: Iterable<string | null>, people: readonly PersonRecord[]): Record<string, string> {
  const wanted = new Set([...ids].filter((id): id is string => id !== null));
  const names: Record<string, string> = {};
  for (const p of people) if (wanted.has(p.personId)) names[p.personId] = p.name;
  return names;
}

/** The named lists of a diff: samples of what is added or edited, and (for review) who leaves and who moves. */
export function diffSamples(diff: PeopleDiff, current: readonly PersonRecord[], incoming: readonly PersonRecord[]): DiffSamples {
  const changed = diff.changed.slice(0, SAMPLE_SIZE).map(changeRecord);
  const moved = firstByName(diff.changed.filter((c) => c.moved), REVIEW_LIMIT, (c) => c.after).map(changeRecord);
  const left = firstByName(diff.left, REVIEW_LIMIT, (p) => p).map(toRecord);
  const added = diff.added.slice(0, SAMPLE_SIZE).map(toRecord);
  const ids = [...changed, ...moved].flatMap((c) => [c.before.managerId, c.after.managerId]).concat(left.map((p) => p.managerId), added.map((p) => p.managerId));
  return { added, changed, moved, left, names: managerNames(ids, [...current, ...incoming]) };
}
