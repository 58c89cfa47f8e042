import type { TenantTx } from '@spejl/db';
import type { StoredPerson } from './person.ts';
import { loadPeople } from './people-store.ts';

/** One row of the console's flat list of people: the stored person, their manager's name and how many report to them. */
export interface PeopleListRow extends StoredPerson {
  managerName: string | null;
  directReports: number;
}

/**
 * Everyone in the hierarchy as one flat list, for searching, sorting and exporting in the
 * console. One query; the manager's name and the report counts are joined in memory.
 */
export async function peopleList(tx: TenantTx): Promise<PeopleListRow[]> {
  const people = await loadPeople(tx);
  const byId = new Map(people.map((p) => [p.personId, p]));
  const reports = new Map<string, number>();
  for (const p of people) if (p.managerId !== null) reports.set(p.managerId, (reports.get(p.managerId) ?? 0) + 1);
  return people.map((p) => ({ ...p, managerName: p.managerId === null ? null : (byId.get(p.managerId)?.name ?? null), directReports: reports.get(p.personId) ?? 0 }));
}
