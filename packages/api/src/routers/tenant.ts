import { z } from 'zod';
import { createTenantWithAdmin, getTenant, listAudit, listTenants, newTenantWithAdminSchema, onboardingChecklist, tenantPatchSchema, tenantsForUser, updateTenant } from '@spejl/core';
import { authedProcedure, operatorProcedure, requireRole, router, tenantProcedure } from '../trpc.ts';

/** Tenants: the operator's list and settings, every member's switcher and current tenant. */
export const tenantRouter = router({
  /** Every tenant (operators). */
  list: operatorProcedure.query(({ ctx }) => listTenants(ctx.db)),

  /** Creates a tenant and, given an e-mail, invites its first admin in the same transaction (operators); says whom it invited and whether the mail went out or waits in the outbox. */
  create: operatorProcedure.input(newTenantWithAdminSchema).mutation(async ({ ctx, input }) => {
    const { tenant, invitation } = await createTenantWithAdmin(ctx.db, input, { actorUserId: ctx.user.id, mailer: ctx.mailer, publicUrl: ctx.publicUrl });
    return { ...tenant, invitedAdmin: invitation?.email ?? null, invitationDelivery: invitation?.delivery ?? null };
  }),

  /** Changes a tenant's name, slug, sector, locale, time zone, thresholds (k, the peers', the comments') or branding (operators). */
  update: tenantProcedure
    .use(requireRole('operator'))
    .input(tenantPatchSchema.extend({ tenantId: z.uuid() }))
    
    .mutation(({ ctx, input }) => {
      const { tenantId: _tenantId, ...patch } = input;
      return updateTenant(ctx.tx, ctx.tenantId, patch, ctx.user.id);
    }),

  /** The tenants the caller may switch to, with their role in each. */
  mine: authedProcedure.query(({ ctx }) => tenantsForUser(ctx.db, ctx.user)),

  /** The current tenant with its branding and the caller's role there. */
  current: tenantProcedure.input(z.object({ tenantId: z.uuid() })).query(async ({ ctx }) => ({
    ...(await getTenant(ctx.tx, ctx.tenantId)),
    role: ctx.role,
  })),

  /** What a new organisation has set up so far (branding, people, themes, report settings, first round), read from its data (admins). */
  checklist: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid() }))
    .query(({ ctx }) => onboardingChecklist(ctx.tx, ctx.tenantId)),

  /** The tenant's audit log, newest first (admins); an operator gets only their own entries, as on their own page (issue 16). */
  audit: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ tenantId: z.uuid(), limit: z.number().int().min(1).max(1000).default(200) }))
    .query(({ ctx, input }) => listAudit(ctx.tx, input.limit, ctx.role === 'operator' ? ctx.user.id : undefined)),
});
