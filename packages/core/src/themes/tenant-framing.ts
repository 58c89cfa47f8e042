import { TenantFramingInput, faggruppeKey, type FramingSettings } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { zodToSpejlError } from './definition-errors.ts';

/** The tenant's framing as the console edits it: its sector, the default example and one row per faggruppe. */
export type { FramingSettings };

/** Reads the tenant's sector and framing settings (empty settings when never saved). */
export async function loadFramingSettings(tx: TenantTx, tenantId: string): Promise<FramingSettings> {
  const tenant = await tx.selectFrom('tenants').select('sector').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const row = await tx.selectFrom('tenant_framing').select(['default_example', 'faggruppe_examples']).executeTakeFirst();
  return { sector: tenant.sector, defaultExample: row?.default_example ?? null, faggruppeExamples: row?.faggruppe_examples ?? [] };
}

/**
 * Validates and stores the tenant's framing; an example with a placeholder, a duplicate
 * faggruppe or a missing Danish text is refused with its path and nothing is stored.
 */
export async function saveFramingSettings(tx: TenantTx, tenantId: string, input: unknown): Promise<FramingSettings> {
  const parsed = TenantFramingInput.safeParse(input);
  if (!parsed.success) throw zodToSpejlError(parsed.error, 'the framing settings were not saved');
  const { defaultExample, faggruppeExamples } = parsed.data;
  const rows = [...faggruppeExamples].sort((a, b) => faggruppeKey(a.faggruppe).localeCompare(faggruppeKey(b.faggruppe), 'da'));
  const values = { default_example: JSON.stringify(defaultExample), faggruppe_examples: JSON.stringify(rows) };
  await tx
    .insertInto('tenant_framing')
    .values({ tenant_id: tenantId, ...values })
    .onConflict((c) => c.column('tenant_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
  return loadFramingSettings(tx, tenantId);
}
