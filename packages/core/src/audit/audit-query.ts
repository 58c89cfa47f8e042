import { z } from 'zod';
import { sql, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';

/*
 * The audit log as its readers filter it (issue 16): who did it, what, when, and which leader's
 * report it concerned. Values are only ever bound as parameters; text filters match exactly, so a
 * crafted filter finds nothing rather than everything.
 */

const text = z.string().trim().min(1).max(200);

/** The filters the console and `spejl audit export` take. Dates are whole days or instants. */
export const auditFilterSchema = z.object({
  actorUserId: text.optional(),
  action: text.regex(/^[A-Za-z][A-Za-z0-9._-]*$/).optional(),
  subject: text.optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
}).strict();

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** At most this many entries a page; a larger page size is refused, not clipped. */
export const AUDIT_PAGE_MAX = 200;

export const auditPageSchema = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});

/** One entry as its readers see it: the actor by e-mail and role, the subject, the details. */
export interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorEmail: string | null;
  actorName: string | null;
  /** The actor's role in the tenant today: admin, analyst, leader, operator, or system for the command line. */
  actorRole: string;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

function checkPeriod(filter: AuditFilter): void {
  if (filter.from && filter.to && filter.to < filter.from) {
    throw codedError('BAD_INPUT', 'audit.periodReversed', { from: filter.from.toISOString().slice(0, 10), to: filter.to.toISOString().slice(0, 10) });
  }
}

function filtered(tx: TenantTx, tenantId: string, filter: AuditFilter) {
  checkPeriod(filter);
  let query = tx.selectFrom('audit_log').where('audit_log.tenant_id', '=', tenantId);
  if (filter.actorUserId) query = query.where('audit_log.actor_user_id', '=', filter.actorUserId);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.subject) query = query.where('audit_log.target', '=', filter.subject);
  if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.to) query = query.where('audit_log.at', '<=', filter.to);
  return query;
}

/** One page of the tenant's log, newest first, and how many entries match in all. */
export async function auditPage(tx: TenantTx, tenantId: string, filter: AuditFilter, page: { page: number; pageSize: number }): Promise<{ rows: AuditRow[]; total: number }> {
  const counted = await filtered(tx, tenantId, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await auditRows(tx, tenantId, filter, page.pageSize, (page.page - 1) * page.pageSize);
  return { rows, total: counted.n };
}

/** Every matching entry, newest first (an export). */
export function allAudit(tx: TenantTx, tenantId: string, filter: AuditFilter): Promise<AuditRow[]> {
  return auditRows(tx, tenantId, filter);
}

async function auditRows(tx: TenantTx, tenantId: string, filter: AuditFilter, limit?: number, offset = 0): Promise<AuditRow[]> {
  let query = filtered(tx, tenantId, filter)
    .leftJoin('user', 'user.id', 'audit_log.actor_user_id')
    .leftJoin('memberships', (j) => j.onRef('memberships.user_id', '=', 'audit_log.actor_user_id').on('memberships.tenant_id', '=', tenantId))
    .select(['audit_log.id', 'audit_log.at', 'audit_log.actor_user_id', 'user.email', 'user.name', 'user.operator', 'memberships.role', 'audit_log.action', 'audit_log.target', 'audit_log.details'])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc');
  if (limit !== undefined) query = query.limit(limit).offset(offset);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorEmail: r.email,
    actorName: r.name,
    actorRole: r.role ?? (r.operator ? 'operator' : 'system'),
    action: r.action,
    subject: r.target,
    details: r.details,
  }));
}

/** Who appears as an actor in the tenant's log, for the console's "who" filter. */
export async function auditActors(tx: TenantTx, tenantId: string): Promise<{ userId: string; email: string; name: string }[]> {
  return tx.selectFrom('audit_log')
    .innerJoin('user', 'user.id', 'audit_log.actor_user_id')
    .where('audit_log.tenant_id', '=', tenantId)
    .select(['user.id as userId', 'user.email', 'user.name'])
    .distinct()
    .orderBy('user.email')
    .execute();
}

/** The actions the tenant's log holds, for the console's "what" filter. */
export async function auditActions(tx: TenantTx, tenantId: string): Promise<string[]> {
  const rows = await tx.selectFrom('audit_log').where('tenant_id', '=', tenantId).select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}
