import { z } from 'zod';
import type { TenantTx } from '@spejl/db';
import { DEFAULT_FOLLOW_UP_POLICY, type FollowUpPolicy } from './plan-access.ts';

/** The policy as an admin sets it. */
export const followUpPolicySchema = z.object({
  superiorReadsPlans: z.boolean(),
  staffReads: z.enum(['status', 'everything']),
});

/** The tenant's follow-up policy; the default until an admin saves one. */
export async function loadFollowUpPolicy(tx: TenantTx, tenantId: string): Promise<FollowUpPolicy> {
  const row = await tx.selectFrom('follow_up_settings').select(['superior_reads_plans', 'staff_reads']).where('tenant_id', '=', tenantId).executeTakeFirst();
  return row ? { superiorReadsPlans: row.superior_reads_plans, staffReads: row.staff_reads } : DEFAULT_FOLLOW_UP_POLICY;
}

/** Saves the tenant's follow-up policy. */
export async function saveFollowUpPolicy(tx: TenantTx, tenantId: string, policy: FollowUpPolicy): Promise<FollowUpPolicy> {
  await tx
    .insertInto('follow_up_settings')
    .values({ tenant_id: tenantId, superior_reads_plans: policy.superiorReadsPlans, staff_reads: policy.staffReads })
    .onConflict((c) => c.column('tenant_id').doUpdateSet({ superior_reads_plans: policy.superiorReadsPlans, staff_reads: policy.staffReads, updated_at: new Date() }))
    .execute();
  return policy;
}
