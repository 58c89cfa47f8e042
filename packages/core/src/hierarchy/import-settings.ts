import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { z } from 'zod';
import { columnMappingSchema, type ColumnMapping } from './column-mapping.ts';
import { DEFAULT_LARGE_CHANGE_PERCENT } from './large-change.ts';

/** The column mapping used for the tenant's last import, or an empty one. */
export async function rememberedMapping(tx: TenantTx): Promise<ColumnMapping> {
  const row = await tx.selectFrom('people_import_settings').select('column_mapping').executeTakeFirst();
  const parsed = columnMappingSchema.safeParse(row?.column_mapping ?? {});
  return parsed.success ? parsed.data : {};
}

/** Remembers a column mapping for the next upload. */
export async function rememberMapping(tx: TenantTx, mapping: ColumnMapping): Promise<void> {
  const json = JSON.stringify(mapping);
  await sql`insert into people_import_settings (tenant_id, column_mapping) values (${currentTenant(tx)}, ${json}::jsonb)
    on conflict (tenant_id) do update set column_mapping = excluded.column_mapping, updated_at = ${new Date()}`.execute(tx);
}

/** What a tenant admin decides about imports. */
export const importSafetySchema = z.object({
  /** Past this share of the stored people left or moved (whole percent), an import must be confirmed. */
  largeChangePercent: z.number().int().min(0).max(100),
});

/** A tenant's import settings. */
export type ImportSafety = z.infer<typeof importSafetySchema>;

/** The tenant's import settings, or the defaults. */
export async function importSafety(tx: TenantTx): Promise<ImportSafety> {
  const row = await tx.selectFrom('people_import_settings').select('large_change_percent').executeTakeFirst();
  return { largeChangePercent: row?.large_change_percent ?? DEFAULT_LARGE_CHANGE_PERCENT };
}

/** Changes the tenant's import settings; the remembered mapping stays. */
export async function saveImportSafety(tx: TenantTx, settings: ImportSafety): Promise<void> {
  const { largeChangePercent } = importSafetySchema.parse(settings);
  await sql`insert into people_import_settings (tenant_id, column_mapping, large_change_percent) values (${currentTenant(tx)}, '{}'::jsonb, ${largeChangePercent})
    on conflict (tenant_id) do update set large_change_percent = excluded.large_change_percent, updated_at = ${new Date()}`.execute(tx);
}
