import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/index.ts';
import { codedError } from '../errors/spejl-error.ts';
import { rewriteFormsAfterCommit } from '../rounds/form-unpairing.ts';
import { roundUnderReview } from './review-round.ts';

/**
 * Releases a closed round's comments after review: from now reports may show them (under the
 * comment threshold as always), and nothing can be masked any more. Refused (CONFLICT) for a round
 * not closed or already released — a round without review was released as it closed. Audited.
 * After commit the forms table is rewritten, so the row versions from before each masking, which
 * still hold the masked words, are gone from the pages too.
 */
export async function releaseComments(tx: TenantTx, tenantId: string, roundId: string, actorUserId: string | null, now = new Date()): Promise<Date> {
  const round = await roundUnderReview(tx, roundId, 'update');
  const row = await tx.updateTable('rounds').set({ comments_released_at: now })
    .where('id', '=', roundId).where('status', '=', 'closed').where('comments_released_at', 'is', null)
    .returning('comments_released_at').executeTakeFirst();
  if (!row?.comments_released_at) throw codedError('CONFLICT', 'commentReview.alreadyReleased', {});
  await recordAudit(tx, { tenantId, actorUserId, action: 'comment.release', target: round.name, details: { roundId } });
  rewriteFormsAfterCommit(tx);
  return new Date(row.comments_released_at);
}

/** Whether a round's comments may be shown in reports: released at close (no review) or by an analyst after review. */
export async function commentsReleased(tx: TenantTx, roundId: string): Promise<boolean> {
  const row = await tx.selectFrom('rounds').select('comments_released_at').where('id', '=', roundId).executeTakeFirst();
  return Boolean(row?.comments_released_at);
}

/**
 * Refuses comments arriving in a round whose comments were reviewed and released (a responses file
 * imported later): they would reach reports without review. A round without review takes them.
 */
export async function assertCommentsMayArrive(tx: TenantTx, roundId: string): Promise<void> {
  const row = await tx.selectFrom('rounds').select(['comment_review', 'comments_released_at']).where('id', '=', roundId).executeTakeFirst();
  if (row?.comment_review && row.comments_released_at) throw codedError('CONFLICT', 'commentReview.importAfterRelease', {});
}
