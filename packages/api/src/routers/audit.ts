import { z } from 'zod';
import { allAudit, auditActions, auditActors, auditCsv, auditFilterSchema, auditPage, auditPageSchema, codedError, operatorOwnAudit } from '@spejl/core';
import { experimental_standaloneMiddleware } from '@trpc/server';
import { operatorProcedure, router, tenantProcedure, type TenantRole } from '../trpc.ts';

const tenant = z.object({ tenantId: z.uuid() });
const filter = z.object({ filter: auditFilterSchema.default({}) });

/**
 * The tenant's own admins only: not analysts or leaders, and not operators either, who read their
 * own actions across tenants (`mine`) and never another operator's through a tenant's log.
 */
const tenantAdminsOnly = experimental_standaloneMiddleware<{ ctx: { role: TenantRole } }>().create(({ ctx, next }) => {
  if (ctx.role !== 'admin') throw codedError('FORBIDDEN', 'access.roleRefused', { role: ctx.role });
  return next();
});
const admin = tenantProcedure.use(tenantAdminsOnly);

/** The audit log, readable (issue 16): tenant admins read and export their tenant's, operators their own. */
export const auditRouter = router({
  /** One page of the tenant's log, newest first, with how many entries match. */
  list: admin.input(tenant.extend(filter.shape).extend(auditPageSchema.shape)).query(({ ctx, input }) =>
    auditPage(ctx.tx, ctx.tenantId, input.filter, { page: input.page, pageSize: input.pageSize })),
  /** Who and what the log holds, for the filters' choices. */
  choices: admin.input(tenant).query(async ({ ctx }) => ({
    actors: await auditActors(ctx.tx, ctx.tenantId),
    actions: await auditActions(ctx.tx, ctx.tenantId),
  })),
  /** The filtered log as CSV; the export is itself an entry of the log. */
  exportCsv: admin.input(tenant.extend(filter.shape)).mutation(async ({ ctx, input }) => {
    const rows = await allAudit(ctx.tx, ctx.tenantId, input.filter);
    await ctx.audit('audit.export', null, { rows: rows.length, filter: input.filter });
    return { fileName: `revisionslog-${new Date().toISOString().slice(0, 10)}.csv`, csv: auditCsv(rows) };
  }),
  /** The calling operator's own actions across every tenant. */
  mine: operatorProcedure.input(filter.extend({ filter: auditFilterSchema.omit({ actorUserId: true }).default({}) }).extend(auditPageSchema.shape)).query(({ ctx, input }) =>
    operatorOwnAudit(ctx.db, ctx.user.id, input.filter, { page: input.page, pageSize: input.pageSize })),
});
