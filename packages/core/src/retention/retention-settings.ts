import { z } from 'zod';
import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/index.ts';

/** The bounds of the retention period in months (migration 0036 checks the same). */
export const RETENTION_MONTHS = { min: 6, max: 120, default: 24 } as const;

/** A retention period as the console and the API accept it: whole months within the bounds. */
export const retentionMonthsSchema = z.number().int().min(RETENTION_MONTHS.min).max(RETENTION_MONTHS.max);

/** Reads how many months after a round closes its personal data is kept. */
export async function retentionMonthsOf(tx: TenantTx, tenantId: string): Promise<number> {
  const row = await tx.selectFrom('tenants').select('retention_months').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return row.retention_months;
}

/** Sets the tenant's retention period; audited like every settings change. Takes effect at the next daily pass. */
export async function setRetentionMonths(tx: TenantTx, tenantId: string, months: number, actorUserId: string | null): Promise<number> {
  const wanted = retentionMonthsSchema.parse(months);
  const tenant = await tx.selectFrom('tenants').select(['slug', 'retention_months']).where('id', '=', tenantId).forUpdate().executeTakeFirstOrThrow();
  await tx.updateTable('tenants').set({ retention_months: wanted }).where('id', '=', tenantId).execute();
  await recordAudit(tx, { tenantId, actorUserId, action: 'tenant.update', target: tenant.slug, details: { fields: ['retentionMonths'], from: tenant.retention_months, to: wanted } });
  return wanted;
}
