import { sql, type TenantTx } from '@spejl/db';
import { columnMappingSchema, type ColumnMapping } from './column-mapping.ts';
import { CURRENT_TENANT } from './tenant-lock.ts';

/** The column mapping used for the tenant's last import, or an empty one. */
export async function rememberedMapping(tx: TenantTx): Promise<ColumnMapping> {
  const row = await tx.selectFrom('people_import_settings').select('column_mapping').executeTakeFirst();
  const parsed = columnMappingSchema.safeParse(row?.column_mapping ?? {});
  return parsed.success ? parsed.data : {};
}

/** Remembers a column mapping for the next upload. */
export async function rememberMapping(tx: TenantTx, mapping: ColumnMapping): Promise<void> {
  const json = JSON.stringify(mapping);
  await sql`insert into people_import_settings (tenant_id, column_mapping) values (${CURRENT_TENANT}, ${json}::jsonb)
    on conflict (tenant_id) do update set column_mapping = excluded.column_mapping, updated_at = now()`.execute(tx);
}
