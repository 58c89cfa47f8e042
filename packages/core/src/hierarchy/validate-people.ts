import type { InputIssue } from '../errors/spejl-error.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { findCycles } from './cycles.ts';
import { describePerson, type PersonLine } from './person.ts';

function cycleMessage(cycle: readonly PersonLine[]): string {
  const names = [...cycle, cycle[0]!].map(describePerson).join(' → ');
  return `managers form a cycle, so none of these people has a top leader above them: ${names} (→ reads "has as manager"); give one of them a manager outside the cycle or leave their manager_id empty`;
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
  const issues: InputIssue[] = [];
  const byId = new Map<string, PersonLine>();
  const byEmail = new Map<string, PersonLine>();
  for (const p of people) {
    if (p.personId === '') continue;
    const seen = byId.get(p.personId);
    if (seen) issues.push({ line: p.line, column: col.id, message: `person_id "${p.personId}" is also on line ${seen.line}; every person needs their own id` });
    else byId.set(p.personId, p);
    if (p.email === null) continue;
    const key = p.email.toLowerCase();
    const owner = byEmail.get(key);
    if (owner) issues.push({ line: p.line, column: col.email, message: `email "${p.email}" is also used by ${describePerson(owner)} on line ${owner.line}; each person needs their own email address` });
    else byEmail.set(key, p);
  }

  const managerOf = new Map<string, string | null>();
  for (const p of byId.values()) {
    const m = p.managerId;
    if (m === p.personId) {
      issues.push({ line: p.line, column: col.manager, message: `${describePerson(p)} is their own manager; leave manager_id empty for a top leader, or give the id of their real manager` });
    } else if (m !== null && !byId.has(m)) {
      issues.push({ line: p.line, column: col.manager, message: `"${m}" is not a person_id in this file; give the person_id of ${describePerson(p)}'s manager, or leave it empty for a top leader` });
    }
    managerOf.set(p.personId, m !== null && m !== p.personId && byId.has(m) ? m : null);
  }
  for (const ids of findCycles(managerOf)) {
    const cycle = fromEarliest(ids.map((id) => byId.get(id)!));
    issues.push({ line: cycle[0]!.line, column: col.manager, message: cycleMessage(cycle) });
  }
  return issues;
}
