import type { CompiledQuery, Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './schema/index.ts';
import { GroupCommit } from './group-commit.ts';
import { isCitusPool, literal, poolOf, withTenant } from './tenancy.ts';

/*
 * One statement for one tenant, as cheaply as the tenancy rules allow. On PostgreSQL it goes as ONE
 * message — BEGIN; SET LOCAL ROLE; SET LOCAL app.tenant_id; the statement; COMMIT (two on Citus) — so the same
 * transaction withTenant makes costs one round trip instead of five, and under load several such
 * statements share one transaction and one commit (group-commit.ts). For the form-submission path
 * (thousands a second), where round trips and commits were most of the cost. The simple protocol
 * carries no parameters, so they are inlined as literals: numbers and booleans checked, text
 * through pg's own escaping. Elsewhere (PGlite) it is simply withTenant.
 */

function inline(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return pg.escapeLiteral(value);
  throw new Error(`tenantStatement cannot inline a ${typeof value} parameter; pass text, numbers or booleans`);
}

/** The compiled query's text with its $n parameters replaced by literals. */
export function inlineParameters(query: CompiledQuery): string {
  return query.sql.replace(/\$(\d+)/g, (m, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= query.parameters.length) throw new Error(`parameter ${m} has no value`);
    return inline(query.parameters[index]);
  });
}

/*
 * Two batches out at a time: one being committed while the next one fills. Measured with the
 * submit bench on two cores (pnpm bench submit): 1, 2, 4 and 8 in flight stored 3,923, 3,842,
 * 3,494 and 3,292 forms/s; fewer, larger batches share each commit's WAL flush, and two keep a
 * slow batch from holding up everything behind it.
 */
const GROUP_COMMIT = { maxInFlight: 2, maxBatch: 64 };
const GROUPS = new WeakMap<pg.Pool, GroupCommit>();

function groupCommitOf(pool: pg.Pool): GroupCommit {
  let group = GROUPS.get(pool);
  if (!group) {
    group = new GroupCommit(pool, { ...GROUP_COMMIT, citus: () => isCitusPool(pool) });
    GROUPS.set(pool, group);
  }
  return group;
}

/** Runs one compiled statement for a tenant (RLS in force, as the app role) and returns its rows. */
export async function tenantStatement<R>(db: Kysely<Database>, tenantId: string, query: CompiledQuery<R>): Promise<R[]> {
  const pool = poolOf(db);
  if (!pool) return withTenant(db, tenantId, async (tx) => (await tx.executeQuery(query)).rows);
  return (await groupCommitOf(pool).run(literal(tenantId, 'tenant id'), inlineParameters(query))) as R[];
}
