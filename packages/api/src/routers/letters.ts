import { z } from 'zod';
import { letterRecipients, linkKeyFromEnv, printLetters, printLettersInput } from '@spejl/core';
import { renderLetters } from '@spejl/report-render/letters';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

const admin = tenantProcedure.use(requireRole('admin'));

/**
 * Printed invitations and reminders for respondents without e-mail (issue 17). The PDF goes back in
 * the answer to the admin who asked and is kept nowhere: its codes exist only there (see
 * core/letters/print-letters.ts for why).
 */
export const lettersRouter = router({
  /** The round's respondents, to choose whom to print for. */
  recipients: admin.input(z.object({ tenantId: z.uuid(), roundId: z.uuid() })).query(({ ctx, input }) => letterRecipients(ctx.tx, input.roundId)),
  /** Makes new codes (earlier letters' codes stop working) and returns the letters as one PDF (base64). */
  print: admin.input(printLettersInput.extend({ tenantId: z.uuid() })).mutation(async ({ ctx, input }) => {
    const batch = await printLetters(ctx.tx, ctx.tenantId, ctx.user.id, { linkKey: linkKeyFromEnv(), publicUrl: ctx.publicUrl }, input);
    const pdf = await renderLetters({ ...batch, typeAt: `${ctx.publicUrl.replace(/\/+$/, '')}/s` });
    const kind = batch.kind === 'reminder' ? 'paamindelser' : 'invitationer';
    return { fileName: `${kind}-${batch.letters.length}.pdf`, letters: batch.letters.length, contentBase64: pdf.toString('base64') };
  }),
});
