import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Pool } from 'pg';
import { z } from 'zod';
import { closeCommitTasks, openCommitTasks, runCommitTasks, type CommitTask } from './after-commit.ts';
import { DEFER, PREPARE } from './hinted-client.ts';
import { APP_ROLE } from './roles.ts';
import type { Database } from './schema/index.ts';
import { TenantPredicatePlugin } from './tenant-predicate.ts';

/**
 * The pg pools behind PostgreSQL databases. pg's simple protocol takes several statements in one
 * message (PGlite's prepared statements do not), so there a tenant transaction opens in one round
 * trip instead of three, and tenantStatement (tenant-statement.ts) runs a whole one in one.
 */
const POOLS = new WeakMap<Kysely<Database>, Pool>();

/** Registers the pg pool behind a PostgreSQL-backed Kysely (openDatabase does this). */
export function registerPool(db: Kysely<Database>, pool: Pool): void {
  POOLS.set(db, pool);
}

/** The pg pool behind `db`, when it is PostgreSQL. */
export function poolOf(db: Kysely<Database>): Pool | undefined {
  return POOLS.get(db);
}

const CITUS = new WeakMap<Pool, Promise<boolean>>();

/** Whether the pool's database is a Citus coordinator; asked once per pool. */
export function isCitusPool(pool: Pool): Promise<boolean> {
  let known = CITUS.get(pool);
  if (!known) {
    known = pool.query<{ on: boolean }>("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') AS on")
      .then((r) => r.rows[0]?.on ?? false);
    // A failed question (database down) is asked again next time rather than remembered.
    known.catch(() => CITUS.delete(pool));
    CITUS.set(pool, known);
  }
  return known;
}

/** A transaction in which one tenant is set and row-level security is in force; the only way to reach tenant data. */
export type TenantTx = Transaction<Database> & { readonly __tenant: unique symbol };

const uuid = z.uuid();

/** A validated uuid as a quoted SQL literal (only hex digits and dashes, so quoting is safe). */
export function literal(value: string, what: string): string {
  const parsed = uuid.safeParse(value);
  if (!parsed.success) throw new Error(`${what} must be a uuid, got ${JSON.stringify(value)}`);
  return `'${parsed.data}'`;
}

/**
 * Runs `fn` in a transaction as the app role with `app.tenant_id` set by SET LOCAL
 * (not set_config: Citus does not propagate it), every statement carrying `tenant_id = <tenant>` for
 * the tenant tables it names (tenant-predicate.ts). Rolls back when `fn` throws. Work `fn` hands to
 * afterCommit (after-commit.ts) runs once the transaction has committed, before this returns.
 */
export async function withTenant<T>(
  db: Kysely<Database>,
  tenantId: string,
  fn: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  const tenant = literal(tenantId, 'tenant id');
  let tasks: CommitTask[] = [];
  const plugin = new TenantPredicatePlugin(tenantId);
  const pool = POOLS.get(db);
  const citus = pool ? await isCitusPool(pool) : false;
  const inside = async (raw: TenantTx) => {
    // Every statement names its tenant (tenant-predicate.ts), so Citus routes it to one shard.
    const tx = raw.withPlugin(plugin) as TenantTx;
    TX_FACTS.set(tx, { tenantId, citus });
    tasks = openCommitTasks(tx);
    try {
      return await fn(tx);
    } finally {
      closeCommitTasks(tx);
    }
  };
  const result = POOLS.has(db)
    ? await oneTripTenant(db, tenant, citus, inside)
    : await db.transaction().execute(async (trx) => {
      await sql.raw(`SET LOCAL ROLE ${APP_ROLE}`).execute(trx);
      await sql.raw(`SET LOCAL app.tenant_id = ${tenant}`).execute(trx);
      return inside(trx as TenantTx);
    });
  await runCommitTasks(db, tasks);
  return result;
}

const TX_FACTS = new WeakMap<object, { tenantId: string; citus: boolean }>();

function factsOf(tx: TenantTx): { tenantId: string; citus: boolean } {
  const facts = TX_FACTS.get(tx);
  if (!facts) throw new Error('a tenant transaction comes from withTenant');
  return facts;
}

/** The tenant a transaction from withTenant was opened for. */
export function tenantOf(tx: TenantTx): string {
  return factsOf(tx).tenantId;
}

/** The tenant as a SQL parameter, for raw statements: Citus routes by it, where a setting would reach every shard. */
export function currentTenant(tx: TenantTx): RawBuilder<string> {
  return sql<string>`${tenantOf(tx)}::uuid`;
}

/**
 * A statement every request runs, to be planned once per connection (hinted-client.ts) instead of
 * on every call: for small statements with a fixed text whose parameters are text, numbers or
 * booleans. Elsewhere (PGlite) it runs as it is.
 */
export function prepared<T>(statement: RawBuilder<T>): RawBuilder<T> {
  return sql<T>`${sql.raw(PREPARE)}${statement}`;
}

/** Whether the transaction runs on a Citus cluster (a few bulk statements take another form there). */
export function onCitus(tx: TenantTx): boolean {
  return factsOf(tx).citus;
}

/**
 * The same transaction as withTenant's, opened with BEGIN and both SET LOCALs in one message, which
 * on PostgreSQL goes with the transaction's first statement (hinted-client.ts): the
 * form-submission path and report views run hundreds to thousands of these a second, and round
 * trips are most of their cost.
 */
async function oneTripTenant<T>(db: Kysely<Database>, tenant: string, citus: boolean, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql.raw(`${citus ? '' : DEFER}BEGIN; SET LOCAL ROLE ${APP_ROLE}; SET LOCAL app.tenant_id = ${tenant}`).execute(conn);
    let result: T;
    try {
      result = await fn(conn as unknown as TenantTx);
    } catch (error) {
      await sql.raw('ROLLBACK').execute(conn);
      throw error;
    }
    await sql.raw('COMMIT').execute(conn);
    return result;
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
