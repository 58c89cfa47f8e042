import type { TenantTx } from '@spejl/db';
import { depths, directReports } from '../rounds/form-derivation.ts';
import { currentPeople } from '../rounds/scope-preview.ts';

/** What an admin chooses an aim from: today's leaders and their levels, and the closed rounds with their themes. */
export interface AimOptions {
  leaders: { personId: string; name: string; level: number }[];
  levels: number[];
  closedRounds: { id: string; name: string; themes: { id: string; title: Partial<Record<'da' | 'en', string>> }[] }[];
}

/** The choices for an initiative's aim (admins only: it lists every leader by name). */
export async function aimOptions(tx: TenantTx): Promise<AimOptions> {
  const people = await currentPeople(tx);
  const reports = directReports(people);
  const depth = depths(people);
  const leaders = people.filter((p) => reports.has(p.personId))
    .map((p) => ({ personId: p.personId, name: p.name, level: depth.get(p.personId) ?? 1 }))
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name, 'da'));
  const rounds = await tx.selectFrom('rounds').select(['id', 'name', 'themes']).where('status', 'in', ['closed', 'archived']).where('parent_round_id', 'is', null).orderBy('closed_at', 'desc').execute();
  return {
    leaders,
    levels: [...new Set(leaders.map((l) => l.level))].sort((a, b) => a - b),
    // A round pins each theme's whole content, its title among it (rounds/theme-pinning.ts).
    closedRounds: rounds.map((r) => ({ id: r.id, name: r.name, themes: r.themes.map((t) => ({ id: t.id, title: (t.title ?? {}) as Partial<Record<'da' | 'en', string>> })) })),
  };
}
