import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../roles.ts';

/*
 * On a Citus cluster every tenant table is distributed by tenant_id, all colocated with `people`,
 * and every global table is a reference table (DESIGN.md, "When one server is not enough"). The
 * migrations themselves stay engine-neutral; this step runs after them, idempotently, so a fresh
 * cluster, a single-server database moved onto Citus, and a later migration's new table all end up
 * distributed the same way. Without the citus extension it does nothing.
 */

/** Tables that are neither tenant nor global data: Kysely's own bookkeeping stays on the coordinator. */
const COORDINATOR_ONLY = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * Triggers Citus cannot keep on a distributed table (four of them read other tables, which a shard
 * cannot do). On Citus their rules are kept by the statements themselves (packages/core/src/rounds
 * and survey); single-server PostgreSQL and PGlite keep the triggers as a second line.
 */
const SINGLE_SERVER_TRIGGERS = [
  ['rounds', 'rounds_lifecycle'],
  ['rounds', 'pin_round_reports'],
  ['round_forms', 'round_forms_guard'],
  ['round_assignments', 'round_assignments_guard'],
  ['rounds', 'rounds_peer_threshold_frozen'],
  ['round_peers', 'round_peers_guard'],
  ['peer_nominations', 'peer_nominations_guard'],
  ['rounds', 'rounds_comment_settings_frozen'],
  ['rounds', 'rounds_comment_review_frozen'],
] as const;

/** The table every tenant table is colocated with. */
export const COLOCATION_ANCHOR = 'people';

/** Whether the database is a Citus coordinator. */
export async function hasCitus(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ on: boolean }>`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') AS on`.execute(db);
  return rows[0]?.on ?? false;
}

interface TableRow { name: string; tenant: boolean; distributed: boolean }

async function publicTables(db: Kysely<unknown>): Promise<TableRow[]> {
  const { rows } = await sql<TableRow>`
    SELECT c.relname AS name,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS tenant,
      EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid) AS distributed
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`.execute(db);
  return rows.filter((r) => !COORDINATOR_ONLY.has(r.name));
}

interface ForeignKey { table: string; name: string; definition: string }

/** Foreign keys whose table is still local: Citus wants both ends distributed before it accepts one. */
async function localForeignKeys(db: Kysely<unknown>, tables: readonly string[]): Promise<ForeignKey[]> {
  if (tables.length === 0) return [];
  const { rows } = await sql<ForeignKey>`
    SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
      AND c.conrelid::regclass::text = ANY(${sql.val(tables.map(quoteIdentifier))})`.execute(db);
  return rows;
}

function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && name !== 'user' ? name : `"${name.replaceAll('"', '""')}"`;
}

/**
 * The app role runs every tenant query, and Citus reaches the workers as the role a statement runs
 * as, so it must be able to log in there (with a password from pg_dist_authinfo or .pgpass where
 * the cluster does not trust loopback). Altered only when needed: roles are shared by every
 * database of the cluster, and two databases altering one role at once collide.
 */
async function letAppRoleLogIn(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ login: boolean }>`SELECT rolcanlogin AS login FROM pg_roles WHERE rolname = ${APP_ROLE}`.execute(db);
  if (!rows[0]?.login) await sql.raw(`ALTER ROLE ${APP_ROLE} LOGIN`).execute(db);
}

/**
 * The tenant of a transaction reaches the workers only when Citus passes SET LOCAL on to them
 * (`citus.propagate_set_commands = 'local'`); without it every tenant sees empty tables and every
 * write is refused. Said at start rather than discovered as missing data.
 */
async function assertSetLocalPropagates(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ value: string }>`SELECT current_setting('citus.propagate_set_commands') AS value`.execute(db);
  if (rows[0]?.value !== 'local') {
    throw new Error(`Citus must pass SET LOCAL on to the workers: set citus.propagate_set_commands = 'local' on the coordinator (it is '${rows[0]?.value ?? 'unset'}')`);
  }
}

/** What distributeOnCitus did: the tables it distributed by tenant_id and those it made reference tables. */
export interface Distribution { distributed: string[]; reference: string[] }

/** Distributes what is not distributed yet; says which tables it distributed and which it made reference tables. */
export async function distributeOnCitus(db: Kysely<unknown>): Promise<Distribution> {
  if (!(await hasCitus(db))) return { distributed: [], reference: [] };
  await assertSetLocalPropagates(db);
  return db.transaction().execute(async (tx) => {
    // Reference tables are written after shards were touched in this transaction: one connection per node.
    await sql`SET LOCAL citus.multi_shard_modify_mode TO 'sequential'`.execute(tx);
    const tables = (await publicTables(tx)).filter((t) => !t.distributed);
    if (tables.length === 0) return { distributed: [], reference: [] };
    await letAppRoleLogIn(tx);
    for (const [table, trigger] of SINGLE_SERVER_TRIGGERS) {
      await sql`DROP TRIGGER IF EXISTS ${sql.id(trigger)} ON ${sql.table(table)}`.execute(tx);
    }
    const keys = await localForeignKeys(tx, tables.map((t) => t.name));
    for (const k of keys) await sql`ALTER TABLE ${sql.table(k.table.replaceAll('"', ''))} DROP CONSTRAINT ${sql.id(k.name)}`.execute(tx);
    for (const t of tables.filter((x) => !x.tenant)) await sql`SELECT create_reference_table(${quoteIdentifier(t.name)})`.execute(tx);
    const tenantTables = tables.filter((x) => x.tenant);
    const anchorDistributed = !tenantTables.some((t) => t.name === COLOCATION_ANCHOR);
    for (const t of [...tenantTables].sort((a, b) => Number(b.name === COLOCATION_ANCHOR) - Number(a.name === COLOCATION_ANCHOR))) {
      const colocate = t.name === COLOCATION_ANCHOR && !anchorDistributed ? 'default' : COLOCATION_ANCHOR;
      await sql`SELECT create_distributed_table(${quoteIdentifier(t.name)}, 'tenant_id', colocate_with => ${colocate})`.execute(tx);
    }
    for (const k of keys) await sql.raw(`ALTER TABLE ${k.table} ADD CONSTRAINT ${quoteIdentifier(k.name)} ${k.definition}`).execute(tx);
    return { distributed: tenantTables.map((t) => t.name), reference: tables.filter((t) => !t.tenant).map((t) => t.name) };
  });
}

/** How a Citus database lays out its tables (hash-distributed, reference), or null without Citus. */
export async function citusLayout(db: Kysely<unknown>): Promise<{ distributed: number; reference: number } | null> {
  if (!(await hasCitus(db))) return null;
  const { rows } = await sql<{ distributed: number; reference: number }>`
    SELECT count(*) FILTER (WHERE partmethod = 'h')::int AS distributed, count(*) FILTER (WHERE partmethod = 'n')::int AS reference
    FROM pg_dist_partition`.execute(db);
  return rows[0] ?? { distributed: 0, reference: 0 };
}
