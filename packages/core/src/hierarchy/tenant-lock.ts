import { sql, type TenantTx } from '@spejl/db';

/** The tenant of the transaction, as SQL: services take only a TenantTx, and RLS already pins it. */
export const CURRENT_TENANT = sql<string>`current_setting('app.tenant_id')::uuid`;

/**
 * Serialises changes to one tenant's people until the transaction ends, so an import
 * and a console move cannot interleave and a diff is applied to the state it was made from.
 */
export async function lockPeople(tx: TenantTx): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended('spejl.people:' || current_setting('app.tenant_id'), 0))`.execute(tx);
}
