import { z } from 'zod';
import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/index.ts';

/** Whether the tenant's comments wait for an analyst's review before release (copied into each round at launch). */
export async function commentReviewOf(tx: TenantTx, tenantId: string): Promise<boolean> {
  const row = await tx.selectFrom('tenants').select('comment_review').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return row.comment_review;
}

/** Turns review before release on or off for rounds launched from now on; launched rounds keep theirs. Audited. */
export async function setCommentReview(tx: TenantTx, tenantId: string, on: boolean, actorUserId: string | null): Promise<boolean> {
  const wanted = z.boolean().parse(on);
  const tenant = await tx.updateTable('tenants').set({ comment_review: wanted }).where('id', '=', tenantId).returning('slug').executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actorUserId, action: 'tenant.update', target: tenant.slug, details: { fields: ['commentReview'] } });
  return wanted;
}
