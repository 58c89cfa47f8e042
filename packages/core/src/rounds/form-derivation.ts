import type { FormRole, RoundScope } from '@spejl/db';

/** One person of the frozen hierarchy, as much of it as deriving forms needs. */
export interface SnapshotPerson {
  personId: string;
  name: string;
  email: string | null;
  managerId: string | null;
  faggruppe: string | null;
  /** The people file's language for the person (a BCP-47 tag), if it has one. */
  language?: string | null;
  exempt: boolean;
}

/** One form a person is asked to fill in: about whom, in which role; `slot` numbers a person's forms from 0. */
export interface Assignment {
  personId: string;
  slot: number;
  subjectId: string;
  role: FormRole;
}

/** The leaders a round evaluates and every form it asks for. */
export interface DerivedForms {
  subjects: string[];
  assignments: Assignment[];
}

const ROLE_ORDER: Record<FormRole, number> = { employee: 0, self: 1, superior: 2, peer: 3 };

/** Depth of every person: 1 for a top of a chain, 2 for their direct reports, and so on. */
export function depths(people: readonly SnapshotPerson[]): Map<string, number> {
  const byId = new Map(people.map((p) => [p.personId, p]));
  const depth = new Map<string, number>();
  const of = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    // Walk up iteratively: chains are 8+ deep and the hierarchy import already refused cycles.
    const path: string[] = [];
    let at: string | null = id;
    let base = 0;
    while (at !== null) {
      const d = depth.get(at);
      if (d !== undefined) { base = d; break; }
      path.push(at);
      const manager: string | null = byId.get(at)?.managerId ?? null;
      at = manager !== null && byId.has(manager) ? manager : null;
    }
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i] as string, base + (path.length - i));
    return depth.get(id) as number;
  };
  for (const p of people) of(p.personId);
  return depth;
}

/** Direct reports of every person who has any. */
export function directReports(people: readonly SnapshotPerson[]): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  const ids = new Set(people.map((p) => p.personId));
  for (const p of people) {
    if (p.managerId === null || !ids.has(p.managerId)) continue;
    const list = reports.get(p.managerId);
    if (list) list.push(p.personId);
    else reports.set(p.managerId, [p.personId]);
  }
  return reports;
}

/** The given people and everyone below them (`reports` from {@link directReports}). */
export function chainMembers(roots: readonly string[], reports: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(reports.get(id) ?? []));
  }
  return seen;
}

/** The leaders (persons with direct reports) the scope covers, less the exempt ones. */
export function subjectsInScope(people: readonly SnapshotPerson[], scope: RoundScope, exemptIds: readonly string[] = []): string[] {
  const reports = directReports(people);
  const exempt = new Set([...exemptIds, ...people.filter((p) => p.exempt).map((p) => p.personId)]);
  const leaders = people.filter((p) => reports.has(p.personId)).map((p) => p.personId);
  let covered: (id: string) => boolean;
  if (scope.kind === 'all') covered = () => true;
  else if (scope.kind === 'chains') {
    const members = chainMembers(scope.leaderIds, reports);
    covered = (id) => members.has(id);
  } else {
    const depth = depths(people);
    const levels = new Set(scope.levels);
    covered = (id) => levels.has(depth.get(id) ?? 0);
  }
  return leaders.filter((id) => covered(id) && !exempt.has(id));
}

/** Who rates whom as a peer (already checked against the rules, peers/peer-rules.ts). */
export interface PeerAssignment {
  subjectId: string;
  peerId: string;
}

/**
 * Every form of a round (DESIGN.md, rater roles): each direct report of a subject answers
 * as `employee`, each subject as `self`, each subject's own leader as `superior`, and each
 * of a subject's peers as `peer`. One person may hold forms in several roles. A person's forms
 * are numbered employee first, then self, superior and peer, each by subject name.
 */
export function deriveForms(people: readonly SnapshotPerson[], scope: RoundScope, exemptIds: readonly string[] = [], peers: readonly PeerAssignment[] = []): DerivedForms {
  const subjects = subjectsInScope(people, scope, exemptIds);
  const inScope = new Set(subjects);
  const byId = new Map(people.map((p) => [p.personId, p]));
  const perPerson = new Map<string, Omit<Assignment, 'slot'>[]>();
  const add = (personId: string, subjectId: string, role: FormRole) => {
    const list = perPerson.get(personId);
    if (list) list.push({ personId, subjectId, role });
    else perPerson.set(personId, [{ personId, subjectId, role }]);
  };
  for (const p of people) {
    if (p.managerId !== null && inScope.has(p.managerId)) add(p.personId, p.managerId, 'employee');
    if (inScope.has(p.personId)) {
      add(p.personId, p.personId, 'self');
      if (p.managerId !== null && byId.has(p.managerId)) add(p.managerId, p.personId, 'superior');
    }
  }
  for (const pair of peers) if (inScope.has(pair.subjectId) && byId.has(pair.peerId)) add(pair.peerId, pair.subjectId, 'peer');
  const name = (id: string) => byId.get(id)?.name ?? id;
  const assignments: Assignment[] = [];
  for (const list of perPerson.values()) {
    list.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || name(a.subjectId).localeCompare(name(b.subjectId), 'da') || a.subjectId.localeCompare(b.subjectId));
    list.forEach((a, slot) => assignments.push({ ...a, slot }));
  }
  return { subjects, assignments };
}
