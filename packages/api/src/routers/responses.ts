import { z } from 'zod';
import { importResponses } from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';
import { fileBase64 } from './upload-input.ts';

/** Forms collected outside Spejl. */
export const responsesRouter = router({
  /** Imports a responses file into a round: all or nothing; every bad row is listed in the error's issues. */
  import: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), roundId: z.uuid(), fileName: z.string().trim().min(1).max(300), contentBase64: fileBase64 }))
    .mutation(async ({ ctx, input }) => {
      const summary = await importResponses(ctx.tx, ctx.tenantId, input.roundId, Buffer.from(input.contentBase64, 'base64'), input.fileName);
      await ctx.audit('responses.import', input.roundId, { fileName: input.fileName, ...summary });
      return summary;
    }),
});
