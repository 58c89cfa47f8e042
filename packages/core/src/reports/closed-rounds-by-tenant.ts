import { withTenant, type Database, type Kysely, type RoundStatus } from '@spejl/db';

/** A tenant and its closed rounds, newest first, as the operator's results page lists them. */
export interface TenantClosedRounds {
  readonly tenantId: string;
  readonly name: string;
  readonly slug: string;
  readonly sector: string;
  /** Its IANA time zone, for saying when each round closed. */
  readonly timeZone: string;
  readonly rounds: readonly { readonly id: string; readonly name: string; readonly status: RoundStatus; readonly closedAt: Date | null }[];
}

/**
 * Every tenant's closed rounds (the rounds that have reports), each tenant read in its own tenant
 * transaction; tenants by name. For operators, who may open every tenant's reports.
 */
export async function closedRoundsByTenant(db: Kysely<Database>): Promise<TenantClosedRounds[]> {
  const tenants = await db.selectFrom('tenants').select(['id', 'name', 'slug', 'sector', 'time_zone as timeZone']).execute();
  tenants.sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));
  const out: TenantClosedRounds[] = [];
  for (const tenant of tenants) {
    const rounds = await withTenant(db, tenant.id, (tx) =>
      tx.selectFrom('rounds').select(['id', 'name', 'status', 'closed_at as closedAt']).where('status', 'in', ['closed', 'archived']).orderBy('closed_at', 'desc').orderBy('id').execute(),
    );
    out.push({ tenantId: tenant.id, name: tenant.name, slug: tenant.slug, sector: tenant.sector, timeZone: tenant.timeZone, rounds });
  }
  return out;
}
