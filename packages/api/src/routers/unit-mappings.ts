import { z } from 'zod';
import { MAX_MAPPINGS, setUnitMappings, unitMappingOverview } from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

const leaderId = z.string().trim().min(1).max(64);

/**
 * Development over time: which unit of an earlier round became which unit of a round (renamed,
 * split, merged). Who leads which unit is the hierarchy, which admins keep: admins only.
 */
export const unitMappingsRouter = router({
  /** A launched round's units, the earlier rounds' units, the mappings and what each unit is matched with. */
  overview: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), roundId: z.uuid() }))
    .query(({ ctx, input }) => unitMappingOverview(ctx.tx, input.roundId)),
  /** Replaces the mappings from one earlier round into this round; audited. */
  set: tenantProcedure
    .use(requireRole('admin'))
    .input(z.strictObject({
      tenantId: z.uuid(),
      roundId: z.uuid(),
      earlierRoundId: z.uuid(),
      pairs: z.array(z.strictObject({ earlierLeaderId: leaderId, leaderId })).max(MAX_MAPPINGS),
    }))
    .mutation(({ ctx, input }) => setUnitMappings(ctx.tx, ctx.tenantId, input, { userId: ctx.user.id })),
});
