import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/index.ts';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import { commentThresholdSchema, effectiveCommentThreshold } from './comment-threshold.ts';

/** The tenant's comment threshold as the console shows it: what it set (null: the default) and what a launch now locks in. */
export interface CommentThresholdSetting {
  setting: number | null;
  effective: number;
}

/** Reads the tenant's comment threshold. */
export async function commentThresholdOf(tx: TenantTx, tenantId: string): Promise<CommentThresholdSetting> {
  const row = await tx.selectFrom('tenants').select(['threshold', 'comment_threshold']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  return { setting: row.comment_threshold, effective: effectiveCommentThreshold(row.threshold, row.comment_threshold) };
}

/**
 * Sets the tenant's comment threshold (null: back to the default max(k, 5)); refused below k.
 * Rounds already launched keep the one they locked in. Audited like every settings change.
 */
export async function setCommentThreshold(tx: TenantTx, tenantId: string, value: number | null, actorUserId: string | null): Promise<CommentThresholdSetting> {
  const wanted = commentThresholdSchema.parse(value);
  const tenant = await tx.selectFrom('tenants').select(['slug', 'threshold']).where('id', '=', tenantId).forUpdate().executeTakeFirstOrThrow();
  if (wanted !== null && wanted < tenant.threshold) {
    const params = { commentThreshold: wanted, threshold: tenant.threshold };
    throw codedError('BAD_INPUT', 'comment.thresholdBelowK', params, [codedIssue('comment.thresholdBelowK', params, { path: 'commentThreshold' })]);
  }
  await tx.updateTable('tenants').set({ comment_threshold: wanted }).where('id', '=', tenantId).execute();
  await recordAudit(tx, { tenantId, actorUserId, action: 'tenant.update', target: tenant.slug, details: { fields: ['commentThreshold'] } });
  return commentThresholdOf(tx, tenantId);
}
