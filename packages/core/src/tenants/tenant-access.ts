import type { TenantTx } from '@spejl/db';

/** What someone is inside one tenant; operators are not members but may act in every tenant. */
export type TenantRole = 'operator' | 'admin' | 'analyst' | 'leader';

/** Someone's standing in the transaction's tenant: their role and, for leaders, the person they are in the hierarchy. */
export interface TenantAccess {
  readonly role: TenantRole;
  readonly personId: string | null;
}

/**
 * The role and bound person of a user in the transaction's tenant, or null when the tenant does
 * not exist or the user is neither a member nor an operator. Every way in (tRPC, the download
 * route, background jobs acting for a user) asks this one function, so they agree on who may do what.
 */
export async function tenantAccess(tx: TenantTx, tenantId: string, user: { id: string; operator: boolean }): Promise<TenantAccess | null> {
  // One statement: every API request asks this, and a round trip is much of a small request's cost.
  const row = await tx
    .selectFrom('tenants')
    .leftJoin('memberships', (join) => join.onRef('memberships.tenant_id', '=', 'tenants.id').on('memberships.user_id', '=', user.id))
    .select(['memberships.role', 'memberships.person_id'])
    .where('tenants.id', '=', tenantId)
    .executeTakeFirst();
  if (!row || (!row.role && !user.operator)) return null;
  return { role: user.operator ? 'operator' : (row.role ?? 'leader'), personId: row.person_id ?? null };
}

/** The same for a user known only by id (a job acting for them later): reads whether they are an operator now. */
export async function userTenantAccess(tx: TenantTx, tenantId: string, userId: string): Promise<TenantAccess | null> {
  const user = await tx.selectFrom('user').select(['id', 'operator']).where('id', '=', userId).executeTakeFirst();
  return user ? tenantAccess(tx, tenantId, user) : null;
}
