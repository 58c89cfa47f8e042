import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';
import { IssueCollector } from '../files/issue-cap.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { findCycles } from './cycles.ts';
import { describePerson, type PersonLine } from './person.ts';

function cycleIssue(cycle: readonly PersonLine[], column: string): InputIssue {
  const chain = [...cycle, cycle[0]!].map(describePerson).join(' → ');
  return codedIssue('people.cycle', { chain }, { line: cycle[0]!.line, column });
}

/** Rotates a cycle to start at the person earliest in the file, so the error sits where the admin looks first. */
function fromEarliest(cycle: readonly PersonLine[]): PersonLine[] {
  let first = 0;
  cycle.forEach((p, i) => { if (p.line < cycle[first]!.line) first = i; });
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/**
 * Checks the people as a whole, in linear time: duplicate ids and emails, unknown
 * and self managers, and cycles. Rows with an empty person_id were reported already.
 */
export function validatePeople(people: readonly PersonLine[], mapping: ColumnMapping): InputIssue[] {
  const col = { id: mapping.person_id ?? 'person_id', email: mapping.email ?? 'email', manager: mapping.manager_id ?? 'manager_id' };
  // Every row can be wrong (one address shared by 250,000 rows): list the first, count the rest.
  const issues = new IssueCollector();
  const byId = new Map<string, PersonLine>();
  const byEmail = new Map<string, PersonLine>();
  for (const p of people) {
    if (p.personId === '') continue;
    const seen = byId.get(p.personId);
    if (seen) issues.add(codedIssue('people.duplicateId', { personId: p.personId, otherLine: seen.line }, { line: p.line, column: col.id }));
    else byId.set(p.personId, p);
    if (p.email === null) continue;
    const key = p.email.toLowerCase();
    const owner = byEmail.get(key);
    if (owner) issues.add(codedIssue('people.duplicateEmail', { email: p.email, person: describePerson(owner), otherLine: owner.line }, { line: p.line, column: col.email }));
    else byEmail.set(key, p);
  }

  const managerOf = new Map<string, string | null>();
  for (const p of byId.values()) {
    const m = p.managerId;
    if (m === p.personId) {
      issues.add(codedIssue('people.ownManagerInFile', { person: describePerson(p) }, { line: p.line, column: col.manager }));
    } else if (m !== null && !byId.has(m)) {
      issues.add(codedIssue('people.managerNotInFile', { managerId: m, person: describePerson(p) }, { line: p.line, column: col.manager }));
    }
    managerOf.set(p.personId, m !== null && m !== p.personId && byId.has(m) ? m : null);
  }
  for (const ids of findCycles(managerOf)) {
    const cycle = fromEarliest(ids.map((id) => byId.get(id)!));
    issues.add(cycleIssue(cycle, col.manager));
  }
  return issues.list();
}
