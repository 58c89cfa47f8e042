import { sql, type TenantTx } from '@spejl/db';
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
 * Refuses forms arriving in a round whose comments are released (a responses file imported later):
 * - with review, comments in the file would reach reports without it;
 * - once reports show any comment, new forms would move comments from one set to another (a small
 *   team joining the threshold takes its comments out of the chain set above), and the sets before
 *   and after differ by a group smaller than the threshold. A round's paper forms come in one file.
 * A released round with no comment yet takes its first file, comments and all.
 */
export async function assertCommentsMayArrive(tx: TenantTx, roundId: string, fileHasComments: boolean): Promise<void> {
  const row = await tx.selectFrom('rounds').select(['comment_review', 'comments_released_at']).where('id', '=', roundId).executeTakeFirst();
  if (!row?.comments_released_at) return;
  if (row.comment_review && fileHasComments) throw codedError('CONFLICT', 'commentReview.importAfterRelease', {});
  const shown = await tx.selectFrom('round_forms').select('id').where('round_id', '=', roundId).where(sql<boolean>`comments <> '{}'::jsonb`).limit(1).executeTakeFirst();
  if (shown) throw codedError('CONFLICT', 'comments.importAfterComments', {});
}
