import { sql, tenantOf, type TenantTx } from '@spejl/db';

/**
 * Serialises changes to one tenant's people until the transaction ends, so an import
 * and a console move cannot interleave and a diff is applied to the state it was made from.
 */
export async function lockPeople(tx: TenantTx): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`spejl.people:${tenantOf(tx)}`}, 0))`.execute(tx);
}
