import type { Assignment, DerivedForms, SnapshotPerson } from './form-derivation.ts';

/**
 * The forms of a pulse: each direct employee of each chosen leader answers about their leader, as
 * they did in the main round, and nobody else (no self, superior or peer forms: a pulse follows
 * the team's picture of their leader). A person leads at most one of their managers, so one slot.
 */
export function pulseForms(people: readonly SnapshotPerson[], leaderIds: readonly string[]): DerivedForms {
  const leaders = new Set(leaderIds);
  const assignments: Assignment[] = people
    .filter((p) => p.managerId !== null && leaders.has(p.managerId))
    .map((p) => ({ personId: p.personId, slot: 0, subjectId: p.managerId!, role: 'employee' as const }));
  return { subjects: [...leaders].filter((id) => assignments.some((a) => a.subjectId === id)), assignments };
}

/** How many direct employees each leader had in a frozen hierarchy: the most forms a pulse of their team can get. */
export function teamSizes(people: readonly SnapshotPerson[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const p of people) if (p.managerId !== null) sizes.set(p.managerId, (sizes.get(p.managerId) ?? 0) + 1);
  return sizes;
}
