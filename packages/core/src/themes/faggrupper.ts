import { faggruppeKey } from '@spejl/plugin-sdk';
import { sql, type TenantTx } from '@spejl/db';

/** A faggruppe found in the tenant's people, with how many people have it. */
export interface FaggruppeCount {
  faggruppe: string;
  people: number;
}

/** The faggrupper in the tenant's current people file, most common first (the framing editor offers these). */
export async function listFaggrupper(tx: TenantTx): Promise<FaggruppeCount[]> {
  const rows = await tx
    .selectFrom('people')
    .select(['faggruppe', sql<number>`count(*)::int`.as('people')])
    .where('faggruppe', 'is not', null)
    .groupBy('faggruppe')
    .execute();
  // The same faggruppe written differently ("Lærer", "lærer ") is one group, as framing resolution treats it.
  const merged = new Map<string, FaggruppeCount>();
  for (const row of rows) {
    const name = (row.faggruppe ?? '').trim();
    if (!name) continue;
    const key = faggruppeKey(name);
    const seen = merged.get(key);
    merged.set(key, { faggruppe: seen?.faggruppe ?? name, people: (seen?.people ?? 0) + row.people });
  }
  return [...merged.values()].sort((a, b) => b.people - a.people || a.faggruppe.localeCompare(b.faggruppe, 'da'));
}
