import { z } from 'zod';
import { countTenantOutbox, exportTenantOutbox, listSystemOutbox, listTenantOutbox } from '@spejl/core';
import { authedProcedure, operatorProcedure, requireRole, router, tenantProcedure } from '../trpc.ts';

const limit = z.number().int().min(1).max(1000).default(100);
const search = z.string().max(200).optional();

/** Mail Spejl has sent or stored, so people can see it even without an SMTP server; personal links only in a demo. */
export const outboxRouter = router({
  /** Whether mail leaves the machine and whether the outbox shows personal links (only in a demo without a mail server). */
  mode: authedProcedure.query(({ ctx }) => ({ sends: ctx.mailer.sends, demo: ctx.mailer.keepsLinks })),

  /** The tenant's mail (invitations, reminders), newest first, optionally those whose recipient or subject holds `search` (admins). */
  tenant: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), limit, search }))
    .query(({ ctx, input }) => listTenantOutbox(ctx.tx, input.limit, { search: input.search, linksShown: ctx.mailer.keepsLinks })),

  /** How many mails the tenant's outbox holds, or how many match `search`, so a list of the newest can say what it is a part of (admins). */
  tenantCount: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), search }))
    .query(async ({ ctx, input }) => ({ total: await countTenantOutbox(ctx.tx, input.search) })),

  /** Every mail matching `search` (up to a limit, newest first) for the CSV export: time, recipient, subject, status, failure; never texts or links (admins). */
  tenantExport: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), search }))
    .query(async ({ ctx, input }) => {
      const rows = await exportTenantOutbox(ctx.tx, input.search);
      await ctx.audit('outbox.export', null, { search: input.search ?? null });
      return rows;
    }),

  /** Account mail that belongs to no tenant (password resets), newest first (operators). */
  system: operatorProcedure
    .input(z.object({ limit }).default({ limit: 100 }))
    .query(({ ctx, input }) => listSystemOutbox(ctx.db, input.limit, { linksShown: ctx.mailer.keepsLinks })),
});
