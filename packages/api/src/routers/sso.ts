import { z } from 'zod';
import { getSsoConfig, removeSsoConfig, saveSsoConfig, ssoConfigInputSchema } from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

const tenantInput = z.object({ tenantId: z.uuid() });

/** Single sign-on through the tenant's own OpenID Connect provider (admins; issue 16). The client secret goes in, never out. */
export const ssoRouter = router({
  /** The tenant's settings without the secret, or null. */
  get: tenantProcedure
    .use(requireRole('admin'))
    .input(tenantInput)
    .query(({ ctx }) => getSsoConfig(ctx.tx, ctx.tenantId)),

  /** Saves the settings; a missing clientSecret keeps the stored one. Audited as sso.configure. */
  save: tenantProcedure
    .use(requireRole('admin'))
    .input(ssoConfigInputSchema.extend({ tenantId: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { tenantId: _tenantId, ...config } = input;
      return saveSsoConfig(ctx.tx, ctx.tenantId, config, ctx.user.id, ctx.auth.options.secret, ctx.publicUrl);
    }),

  /** Removes the settings: passwords work again. Audited as sso.remove. */
  remove: tenantProcedure
    .use(requireRole('admin'))
    .input(tenantInput)
    .mutation(({ ctx }) => removeSsoConfig(ctx.tx, ctx.tenantId, ctx.user.id)),
});
