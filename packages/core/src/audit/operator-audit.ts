import { withTenant, type Database, type Kysely } from '@spejl/db';
import { auditPage, type AuditFilter, type AuditRow } from './audit-query.ts';

/** One of an operator's own entries, with the organisation it was made in. */
export interface OperatorAuditRow extends AuditRow {
  tenantId: string;
  tenantName: string;
}

/**
 * An operator's own actions across every tenant, newest first (issue 16). The actor is always the
 * operator asking: no filter reaches another operator's entries. Each tenant is read in its own
 * tenant transaction (every query names its tenant); a page needs at most page × size entries of each.
 */
export async function operatorOwnAudit(
  db: Kysely<Database>,
  operatorUserId: string,
  filter: Omit<AuditFilter, 'actorUserId'>,
  page: { page: number; pageSize: number },
): Promise<{ rows: OperatorAuditRow[]; total: number }> {
  const tenants = await db.selectFrom('tenants').select(['id', 'name']).orderBy('id').execute();
  const own = { ...filter, actorUserId: operatorUserId };
  const wanted = { page: 1, pageSize: page.page * page.pageSize };
  const all: OperatorAuditRow[] = [];
  let total = 0;
  for (const tenant of tenants) {
    const found = await withTenant(db, tenant.id, (tx) => auditPage(tx, tenant.id, own, wanted));
    total += found.total;
    all.push(...found.rows.map((r) => ({ ...r, tenantId: tenant.id, tenantName: tenant.name })));
  }
  all.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));
  const start = (page.page - 1) * page.pageSize;
  return { rows: all.slice(start, start + page.pageSize), total };
}
