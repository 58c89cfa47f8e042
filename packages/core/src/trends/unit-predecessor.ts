/** A unit as a round's frozen snapshot has it: the person id of the leader who leads it and the HR system's unit code, if any. */
export interface SnapshotUnit {
  readonly leaderId: string;
  readonly unitCode: string | null;
}

/** An admin's mapping of one earlier unit to one unit of this round; a split is several rows from one earlier unit, a merge several into one. */
export interface UnitMapping {
  readonly earlierRoundId: string;
  readonly earlierLeaderId: string;
  readonly leaderId: string;
}

/** How a predecessor was found, or why none was. */
export type Predecessor =
  | { readonly found: true; readonly leaderId: string; readonly by: 'code' | 'mapping' | 'person' }
  | { readonly found: false; readonly why: 'reorganised' | 'none' };

const none = (why: 'reorganised' | 'none'): Predecessor => ({ found: false, why });

function uniqueBy<T>(items: readonly T[], pick: (item: T) => string | null, value: string): T | 'many' | null {
  const hits = items.filter((i) => pick(i) === value);
  return hits.length === 1 ? hits[0]! : hits.length > 1 ? 'many' : null;
}

/**
 * The unit of an earlier round that `unit` (of this round) continues, so its trend compares like
 * with like. In order:
 * 1. the unit code, when it names exactly one unit in each round;
 * 2. the admin's mapping, when it maps exactly one earlier unit to this one and that one to nothing
 *    else (a rename). A split or a merge has no single predecessor: its earlier group is not this
 *    group, so it shows no trend rather than a wrong one;
 * 3. for a report about a leader (`byPerson`), the same person's unit, unless a code or a mapping
 *    says otherwise (a leader who moved to another unit does not take its history along).
 */
export function unitPredecessor(unit: SnapshotUnit, current: readonly SnapshotUnit[], earlier: readonly SnapshotUnit[], mappings: readonly UnitMapping[], byPerson: boolean): Predecessor {
  if (unit.unitCode !== null && uniqueBy(current, (u) => u.unitCode, unit.unitCode) === unit) {
    const match = uniqueBy(earlier, (u) => u.unitCode, unit.unitCode);
    const mappedElsewhere = match && match !== 'many' && mappings.some((m) => m.earlierLeaderId === match.leaderId && m.leaderId !== unit.leaderId);
    if (match && match !== 'many' && !mappedElsewhere) return { found: true, leaderId: match.leaderId, by: 'code' };
  }
  const into = mappings.filter((m) => m.leaderId === unit.leaderId);
  if (into.length > 1) return none('reorganised');
  if (into.length === 1) {
    const from = into[0]!.earlierLeaderId;
    if (mappings.some((m) => m.earlierLeaderId === from && m.leaderId !== unit.leaderId)) return none('reorganised');
    return earlier.some((u) => u.leaderId === from) ? { found: true, leaderId: from, by: 'mapping' } : none('none');
  }
  if (!byPerson) return none('none');
  const same = earlier.find((u) => u.leaderId === unit.leaderId);
  if (!same) return none('none');
  // The earlier unit of this person was mapped on (split or handed over): its history is not this unit's.
  if (mappings.some((m) => m.earlierLeaderId === same.leaderId)) return none('reorganised');
  // Both coded and the codes differ: the leader moved to another unit.
  if (unit.unitCode !== null && same.unitCode !== null && unit.unitCode !== same.unitCode) return none('none');
  return { found: true, leaderId: same.leaderId, by: 'person' };
}
