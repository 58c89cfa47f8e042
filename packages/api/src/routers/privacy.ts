import { z } from 'zod';
import { codedError, erasePerson, exportPerson, RETENTION_MONTHS, retentionMonthsOf, retentionMonthsSchema, setRetentionMonths, tenantAccess } from '@spejl/core';
import { PERSONAL_DATA, withTenant } from '@spejl/db';
import { authedProcedure, requireRole, router, tenantProcedure } from '../trpc.ts';

const tenant = z.object({ tenantId: z.uuid() });
const person = tenant.extend({ personId: z.string().trim().min(1).max(64) });
const admin = tenantProcedure.use(requireRole('admin'));

/** The record of processing as the console lists it: the personal tables with what, why and how long. */
function processingRecord() {
  return Object.entries(PERSONAL_DATA).flatMap(([table, entry]) => (entry.personal ? [{ table, what: entry.what, why: entry.why, kept: entry.kept }] : []));
}

/** Data protection: the retention period, the record of processing, and one person's data on request. */
export const privacyRouter = router({
  /** The retention period and the record of processing (every member may read what is stored about them and why). */
  overview: tenantProcedure.input(tenant).query(async ({ ctx }) => ({
    retentionMonths: await retentionMonthsOf(ctx.tx, ctx.tenantId),
    bounds: RETENTION_MONTHS,
    record: processingRecord(),
  })),

  /** Sets how many months after a round closes its personal data is kept (admins; audited as tenant.update). */
  setRetention: admin.input(tenant.extend({ months: retentionMonthsSchema })).mutation(({ ctx, input }) =>
    setRetentionMonths(ctx.tx, ctx.tenantId, input.months, ctx.user.id)),

  /** Everything stored about one person, as JSON (admins; audited as person.export). */
  exportPerson: admin.input(person).query(async ({ ctx, input }) => {
    const data = await exportPerson(ctx.tx, input.personId);
    await ctx.audit('person.export', input.personId, { tables: Object.keys(data.tables).length, via: 'console' });
    return data;
  }),

  /**
   * Erases one person on request (admins), confirmed by typing their employee no. again. Not a
   * tenant procedure: the erasure runs its own transactions (a privileged one, then the app's;
   * see packages/core/src/retention), so the caller's access is checked in a transaction of its own.
   */
  erasePerson: authedProcedure.input(person.extend({ confirm: z.string().trim().max(64) })).mutation(async ({ ctx, input }) => {
    const access = await withTenant(ctx.db, input.tenantId, (tx) => tenantAccess(tx, input.tenantId, ctx.user));
    if (!access) throw codedError('NOT_FOUND', 'access.tenantNotYours', {});
    if (access.role !== 'admin' && access.role !== 'operator') throw codedError('FORBIDDEN', 'access.roleRefused', { role: access.role });
    if (input.confirm !== input.personId) throw codedError('BAD_INPUT', 'retention.confirm', { personId: input.personId });
    return erasePerson(ctx.db, input.tenantId, input.personId, ctx.user.id, 'console');
  }),
});
