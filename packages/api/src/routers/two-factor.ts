import { z } from 'zod';
import { requiresTwoFactor, setRequireTwoFactor } from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

/**
 * The tenant's two-factor requirement (issue 16). Turning two-factor on or off for an account is
 * better-auth's (its two-factor endpoints under /api/auth); this is only what a tenant asks of its admins.
 */
export const twoFactorRouter = router({
  /** Whether the tenant requires two-factor of its admins (admins). */
  required: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid() }))
    .query(async ({ ctx }) => ({ required: await requiresTwoFactor(ctx.tx, ctx.tenantId) })),

  /** Requires two-factor of the tenant's admins, or stops requiring it (admins; turning it on takes one's own two-factor first). */
  setRequired: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), required: z.boolean() }))
    .mutation(({ ctx, input }) => setRequireTwoFactor(ctx.tx, ctx.tenantId, input.required, ctx.user)),
});
