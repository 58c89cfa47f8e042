import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import { APP_ROLE } from './roles.ts';
import type { Database } from './schema/index.ts';

/** A transaction in which one tenant is set and row-level security is in force; the only way to reach tenant data. */
export type TenantTx = Transaction<Database> & { readonly __tenant: unique symbol };

const uuid = z.uuid();

function literal(value: string, what: string): string {
  const parsed = uuid.safeParse(value);
  if (!parsed.success) throw new Error(`${what} must be a uuid, got ${JSON.stringify(value)}`);
  // A validated uuid contains only hex digits and dashes, so quoting it is safe.
  return `'${parsed.data}'`;
}

/**
 * Runs `fn` in a transaction as the app role with `app.tenant_id` set by SET LOCAL
 * (not set_config: Citus does not propagate it). Rolls back when `fn` throws.
 */
export async function withTenant<T>(
  db: Kysely<Database>,
  tenantId: string,
  fn: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  const tenant = literal(tenantId, 'tenant id');
  return db.transaction().execute(async (trx) => {
    await sql.raw(`SET LOCAL ROLE ${APP_ROLE}`).execute(trx);
    await sql.raw(`SET LOCAL app.tenant_id = ${tenant}`).execute(trx);
    return fn(trx as TenantTx);
  });
}

/**
 * Runs `fn` as the app role with no tenant but `app.user_id` set: the user's own
 * memberships across tenants are visible (for the tenant switcher), nothing else.
 */
export async function withUser<T>(
  db: Kysely<Database>,
  userId: string,
  fn: (tx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(userId)) throw new Error(`user id has unexpected characters: ${JSON.stringify(userId)}`);
  return db.transaction().execute(async (trx) => {
    await sql.raw(`SET LOCAL ROLE ${APP_ROLE}`).execute(trx);
    await sql.raw(`SET LOCAL app.user_id = '${userId}'`).execute(trx);
    return fn(trx);
  });
}

/** The row-level-security predicate every tenant table uses; the catalog test checks for exactly this. */
export const TENANT_PREDICATE = "tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid";

/** Migration step for a new tenant table: enable and force RLS with the tenant policy. */
export async function isolateTenantTable(db: Kysely<unknown>, table: string): Promise<void> {
  const t = sql.table(table);
  await sql`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY tenant_isolation ON ${t} USING (${sql.raw(TENANT_PREDICATE)}) WITH CHECK (${sql.raw(TENANT_PREDICATE)})`.execute(db);
}
