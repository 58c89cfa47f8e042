import { sql, type TenantTx } from '@spejl/db';

/** Every table the tenant can read, each row as text, searched for `needle`: where it turns up, if anywhere. */
export async function tablesHolding(tx: TenantTx, tenantId: string, needles: readonly string[]): Promise<string[]> {
  const tables = await sql<{ table_name: string; tenant: boolean }>`
    select c.relname as table_name, exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id') as tenant
    from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and has_table_privilege(c.oid, 'SELECT')
    order by c.relname`.execute(tx);
  const found: string[] = [];
  for (const { table_name: name, tenant } of tables.rows) {
    const scope = tenant ? sql`where r.tenant_id = ${tenantId}` : sql``;
    const rows = await sql<{ row: string }>`select r::text as row from ${sql.table(name)} r ${scope}`.execute(tx);
    for (const needle of needles) if (rows.rows.some((r) => r.row.includes(needle))) found.push(`${name}: ${needle}`);
  }
  return found;
}

