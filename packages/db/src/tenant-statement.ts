import type { CompiledQuery, Kysely } from 'kysely';
import pg from 'pg';
import { APP_ROLE } from './roles.ts';
import type { Database } from './schema/index.ts';
import { literal, poolOf, withTenant } from './tenancy.ts';

/*
 * One statement for one tenant, as cheaply as the tenancy rules allow. On PostgreSQL it goes as ONE
 * message — BEGIN; SET LOCAL ROLE; SET LOCAL app.tenant_id; the statement; COMMIT — so the same
 * transaction withTenant makes costs one round trip instead of five. For the form-submission path
 * (thousands a second), where round trips were most of the cost. The simple protocol carries no
 * parameters, so they are inlined as literals: numbers and booleans checked, text through pg's own
 * escaping. Elsewhere (PGlite) it is simply withTenant.
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

/** Runs one compiled statement for a tenant (RLS in force, as the app role) and returns its rows. */
export async function tenantStatement<R>(db: Kysely<Database>, tenantId: string, query: CompiledQuery<R>): Promise<R[]> {
  const pool = poolOf(db);
  if (!pool) return withTenant(db, tenantId, async (tx) => (await tx.executeQuery(query)).rows);
  const text = `BEGIN; SET LOCAL ROLE ${APP_ROLE}; SET LOCAL app.tenant_id = ${literal(tenantId, 'tenant id')}; ${inlineParameters(query)}; COMMIT`;
  const client = await pool.connect();
  try {
    const results = (await client.query(text)) as unknown as { rows: R[] }[];
    client.release();
    return results[3]?.rows ?? [];
  } catch (error) {
    // The failed statement left the transaction open and aborted: end it before the connection is reused.
    await client.query('ROLLBACK').then(() => client.release(), (e: Error) => client.release(e));
    throw error;
  }
}
