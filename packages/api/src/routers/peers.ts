import { z } from 'zod';
import { importPeers, listPeers } from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';
import { fileBase64 } from './upload-input.ts';

/** Whose peers: a draft round's own list, or (null) the tenant's standing list. */
const target = { tenantId: z.uuid(), roundId: z.uuid().nullable() };

/** Peers (sideordnede ledere): who rates whom as a peer. Who rates whom is personal data: admins only. */
export const peersRouter = router({
  /** The standing list or a round's own list, by subject. */
  list: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object(target))
    .query(({ ctx, input }) => listPeers(ctx.tx, { roundId: input.roundId })),
  /** Replaces the list with a peers file: all or nothing, every bad row in the error's issues; a round's only before launch. */
  import: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ ...target, fileName: z.string().trim().min(1).max(300), contentBase64: fileBase64 }))
    .mutation(({ ctx, input }) =>
      importPeers(ctx.tx, ctx.tenantId, Buffer.from(input.contentBase64, 'base64'), { roundId: input.roundId }, { userId: ctx.user.id, fileName: input.fileName })),
});
