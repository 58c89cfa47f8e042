import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema/index.ts';
import { literal } from './tenancy.ts';

/** A transaction as the role that owns the schema, with one tenant set: only for the SECURITY DEFINER functions of migration 0036. */
export type PrivilegedTx = Transaction<Database> & { readonly __privileged: unique symbol };

/*
 * Retention and erasure change what the app role may not: the audit log and round snapshots. They
 * do it only through the functions of migration 0036, which check the tenant set here. Those
 * functions are SECURITY DEFINER, which on a single server is enough for the app role to call them;
 * Citus, however, sends the statements inside a function to the shards as the session's role, so a
 * definer function called by the app role is refused there. This transaction therefore keeps the
 * connection's own role (the schema's owner) and sets only the tenant; callers run nothing in it
 * but those functions.
 */

/** Runs `fn` in a transaction as the schema's owner with `app.tenant_id` set; see above for what may run in it. */
export async function withTenantPrivileged<T>(db: Kysely<Database>, tenantId: string, fn: (tx: PrivilegedTx) => Promise<T>): Promise<T> {
  const tenant = literal(tenantId, 'tenant id');
  return db.transaction().execute(async (trx) => {
    await sql.raw(`SET LOCAL app.tenant_id = ${tenant}`).execute(trx);
    return fn(trx as PrivilegedTx);
  });
}
