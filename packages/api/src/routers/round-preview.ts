import { z } from 'zod';
import { hierarchySnapshots, previewRound, sendTestInvitation } from '@spejl/core';
import { requireRole, tenantProcedure } from '../trpc.ts';

const roundRef = z.object({ tenantId: z.uuid(), roundId: z.uuid() });
const locale = z.enum(['da', 'en']).optional();
const role = z.enum(['employee', 'self', 'superior', 'peer']);
// Those who may launch a round may see it as its respondents will and mail themselves a test.
const admin = tenantProcedure.use(requireRole('admin'));

/** A round as its respondents meet it, before anyone does: a preview per role and a test invitation to oneself. */
export const roundPreviewProcedures = {
  /** The questionnaire and invitation as one respondent group reads them; writes nothing. */
  preview: admin
    .input(roundRef.extend({ role, locale, faggruppe: z.string().trim().min(1).max(200).nullable().default(null) }))
    .query(({ ctx, input }) => previewRound(ctx.tx, ctx.tenantId, input.roundId, input, { snapshots: hierarchySnapshots, viewer: { name: ctx.user.name } })),
  /** Mails the signed-in user the round's invitation (as a respondent in `role` reads it), marked as a test, linking to the preview; five an hour. */
  sendTestInvitation: admin.input(roundRef.extend({ locale, role: role.optional() })).mutation(({ ctx, input }) =>
    sendTestInvitation(ctx.tx, { tenantId: ctx.tenantId, user: ctx.user, mailer: ctx.mailer, publicUrl: ctx.publicUrl }, input.roundId, input.locale, input.role),
  ),
};
