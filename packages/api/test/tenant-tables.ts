import { sql, withTenant, type Database, type Kysely } from '@spejl/db';

/** Every table with a tenant_id column, from the catalog, so new tables are covered without edits. */
export async function tenantTables(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'tenant_id'
    order by table_name`.execute(db);
  return rows.rows.map((r) => r.table_name);
}

/** All of one tenant's rows in every tenant table plus its tenants row, in a stable order, as JSON text. */
export async function dumpTenant(db: Kysely<Database>, tenantId: string): Promise<Record<string, string[]>> {
  const tables = await tenantTables(db);
  return withTenant(db, tenantId, async (tx) => {
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = await sql<{ row: string }>`select row_to_json(t)::text as row from ${sql.table(table)} t`.execute(tx);
      dump[table] = rows.rows.map((r) => r.row).sort();
    }
    const tenant = await sql<{ row: string }>`select row_to_json(t)::text as row from tenants t where id = ${tenantId}`.execute(tx);
    dump.tenants = tenant.rows.map((r) => r.row);
    return dump;
  });
}
