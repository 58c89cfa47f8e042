import { z } from 'zod';
import { membershipsOf, setUserLocale } from '@spejl/core';
import { authedProcedure, publicProcedure, router } from '../trpc.ts';

/** The signed-in person. */
export const meRouter = router({
  /** The session user, whether they are an operator, and their memberships; null when signed out. */
  get: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.user) return null;
    return { user: ctx.user, operator: ctx.user.operator, memberships: await membershipsOf(ctx.db, ctx.user.id) };
  }),

  /** Sets the language of the caller's console and mail. */
  setLocale: authedProcedure
    .input(z.object({ locale: z.enum(['da', 'en']) }))
    .mutation(({ ctx, input }) => setUserLocale(ctx.db, ctx.user.id, input.locale)),
});
