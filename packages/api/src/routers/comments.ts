import { z } from 'zod';
import { commentReviewOf, maskComment, maskInputSchema, releaseComments, reviewQueue, setCommentReview } from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

const round = { tenantId: z.uuid(), roundId: z.uuid() };
/** Reading and masking comments before release is the analysis unit's work: admins and analysts, never leaders. */
const reviewer = tenantProcedure.use(requireRole('admin', 'analyst'));

/** Comments: the review queue of a closed round, masking personal data, the release, and the tenant's review setting. */
export const commentsRouter = router({
  /** A closed, unreleased round's comments with likely personal data pre-marked; nothing that says whose or about whom. */
  queue: reviewer
    .input(z.object(round))
    .query(({ ctx, input }) => reviewQueue(ctx.tx, input.roundId)),
  /** Replaces spans of one queued comment by [fjernet] (audited); returns the comment as the queue now shows it. */
  mask: reviewer
    .input(maskInputSchema.extend(round))
    .mutation(({ ctx, input }) => {
      const { tenantId: _t, roundId, ...mask } = input;
      return maskComment(ctx.tx, ctx.tenantId, roundId, mask, ctx.user.id);
    }),
  /** Releases the round's comments to reports (audited); after this nothing can be masked. */
  release: reviewer
    .input(z.object(round))
    .mutation(async ({ ctx, input }) => ({ releasedAt: await releaseComments(ctx.tx, ctx.tenantId, input.roundId, ctx.user.id) })),
  /** Whether new rounds' comments wait for review before release. */
  reviewSetting: reviewer
    .input(z.object({ tenantId: z.uuid() }))
    .query(async ({ ctx }) => ({ commentReview: await commentReviewOf(ctx.tx, ctx.tenantId) })),
  /** Turns review before release on or off for rounds launched from now on (admins: a tenant setting). */
  setReviewSetting: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), commentReview: z.boolean() }))
    .mutation(async ({ ctx, input }) => ({ commentReview: await setCommentReview(ctx.tx, ctx.tenantId, input.commentReview, ctx.user.id) })),
});
