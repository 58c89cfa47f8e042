import type { Employee } from './employee-file.ts';
import type { Unit } from './unit-file.ts';

/** Who each employee reports to, and which unit each leader leads. */
export interface Placement {
  managerOf: Map<string, string | null>;
  /** The unit a leader leads: the one their reports belong to. */
  unitOf: Map<string, Unit>;
}

/** The leader an employee names, when it is a current employee other than themselves. */
function namedLeader(e: Employee, current: ReadonlyMap<string, Employee>): string | null {
  return e.leader !== '' && e.leader !== e.id && current.has(e.leader) ? e.leader : null;
}

/** The id named most in `counts`, ties going to the one named first. */
function most(counts: ReadonlyMap<string, number>, among: Iterable<string>): string | null {
  let best: string | null = null;
  for (const id of among) if (counts.has(id) && (best === null || counts.get(id)! > counts.get(best)!)) best = id;
  return best;
}

/**
 * Each unit's own leader: of the unit's employees, the one others name as their leader most
 * (a leader sits in the unit they lead; their reports may sit in units below); in a unit where
 * nobody is named, the leader its employees name most. A unit without either has none.
 */
function ownLeaders(employees: readonly Employee[], current: ReadonlyMap<string, Employee>): Map<string, string> {
  const namedTimes = new Map<string, number>();
  const inUnit = new Map<string, string[]>();
  const namedFrom = new Map<string, Map<string, number>>();
  for (const e of employees) {
    inUnit.set(e.unit, [...(inUnit.get(e.unit) ?? []), e.id]);
    const leader = namedLeader(e, current);
    if (leader === null) continue;
    namedTimes.set(leader, (namedTimes.get(leader) ?? 0) + 1);
    const byLeader = namedFrom.get(e.unit) ?? new Map<string, number>();
    namedFrom.set(e.unit, byLeader.set(leader, (byLeader.get(leader) ?? 0) + 1));
  }
  const leaders = new Map<string, string>();
  for (const [unit, ids] of inUnit) {
    const outside = namedFrom.get(unit);
    const leader = most(namedTimes, ids) ?? (outside ? most(outside, outside.keys()) : null);
    if (leader !== null) leaders.set(unit, leader);
  }
  return leaders;
}

/** The leader of `unit` or the nearest unit above it that has one, other than `person`. */
function leaderAbove(unit: string, person: string, units: ReadonlyMap<string, Unit>, leaders: ReadonlyMap<string, string>): string | null {
  const seen = new Set<string>();
  for (let code: string | null = unit; code !== null && !seen.has(code); code = units.get(code)?.parent ?? null) {
    seen.add(code);
    const leader = leaders.get(code);
    if (leader !== undefined && leader !== person) return leader;
  }
  return null;
}

/** How many units lie above a unit: a leader of several units is named after the highest. */
function depth(unit: Unit, units: ReadonlyMap<string, Unit>): number {
  let n = 0;
  for (let u: Unit | undefined = unit; u?.parent != null && n < units.size; u = units.get(u.parent)) n++;
  return n;
}

/**
 * Places every current employee: their manager is the Leders medarbejdernummer when it names a
 * current employee other than themselves, else the leader of the nearest unit above (starting
 * with their own unit) that has one. A named leader who has left is passed over the same way;
 * one never in the file is kept, for validation to report.
 */
export function placeEmployees(employees: readonly Employee[], units: ReadonlyMap<string, Unit>, leftIds: ReadonlySet<string>): Placement {
  const current = new Map(employees.map((e) => [e.id, e] as const));
  const leaders = ownLeaders(employees, current);
  const managerOf = new Map<string, string | null>();
  for (const e of employees) {
    // A leader never in the file is kept, for validation to report; one who has left is passed over.
    const unknown = e.leader !== '' && e.leader !== e.id && !current.has(e.leader) && !leftIds.has(e.leader);
    managerOf.set(e.id, unknown ? e.leader : (namedLeader(e, current) ?? leaderAbove(e.unit, e.id, units, leaders)));
  }
  const unitOf = new Map<string, Unit>();
  for (const [code, leader] of leaders) {
    const unit = units.get(code);
    const held = unitOf.get(leader);
    if (unit && (!held || depth(unit, units) < depth(held, units))) unitOf.set(leader, unit);
  }
  // A leader named only by people outside units they lead: the unit most of their reports are in.
  const reportUnits = new Map<string, Map<string, number>>();
  for (const e of employees) {
    const m = managerOf.get(e.id);
    if (m == null || unitOf.has(m)) continue;
    const counts = reportUnits.get(m) ?? new Map<string, number>();
    counts.set(e.unit, (counts.get(e.unit) ?? 0) + 1);
    reportUnits.set(m, counts);
  }
  for (const [leader, counts] of reportUnits) {
    const [code] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    const unit = units.get(code);
    if (unit) unitOf.set(leader, unit);
  }
  return { managerOf, unitOf };
}
