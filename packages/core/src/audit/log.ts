import type { TenantTx } from '@spejl/db';

/** One change someone made inside a tenant: who, what, to what. */
export interface AuditEntry {
  tenantId: string;
  /** Null for changes made by the system or the command line without a user. */
  actorUserId: string | null;
  /** Dotted verb, e.g. `member.invite`, `tenant.update`. */
  action: string;
  /** What was changed: a user id, an e-mail, a tenant slug. */
  target?: string | null;
  details?: Record<string, unknown>;
}

/** An audit entry as the console lists it, with the actor's name when the actor still exists. */
export interface AuditRecord {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

/** Appends to the tenant's audit log inside the same transaction as the change, so both commit or neither. */
export async function recordAudit(tx: TenantTx, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      tenant_id: entry.tenantId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      target: entry.target ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** The tenant's audit log, newest first; only one actor's entries when `onlyActor` is given. */
export async function listAudit(tx: TenantTx, limit: number, onlyActor?: string): Promise<AuditRecord[]> {
  let query = tx.selectFrom('audit_log');
  if (onlyActor !== undefined) query = query.where('audit_log.actor_user_id', '=', onlyActor);
  const rows = await query
    .leftJoin('user', 'user.id', 'audit_log.actor_user_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.actor_user_id', 'user.name', 'audit_log.action', 'audit_log.target', 'audit_log.details'])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorName: r.name,
    action: r.action,
    target: r.target,
    details: r.details,
  }));
}
