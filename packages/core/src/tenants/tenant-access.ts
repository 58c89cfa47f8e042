import { prepared, sql, type MemberRole, type TenantTx } from '@spejl/db';
import { sessionColumns, sessionTables, type SessionRow } from '../accounts/session-reader.ts';

/** What someone is inside one tenant; operators are not members but may act in every tenant. */
export type TenantRole = 'operator' | 'admin' | 'analyst' | 'leader';

/** Someone's standing in the transaction's tenant: their role and, for leaders, the person they are in the hierarchy. */
export interface TenantAccess {
  readonly role: TenantRole;
  readonly personId: string | null;
}

/** Someone's standing and what the tenant asks of how they signed in. */
export interface TenantEntry extends TenantAccess {
  /** The tenant requires admins (and operators acting in it) to sign in with a second factor. */
  readonly requireTwoFactor: boolean;
}

/**
 * The role and bound person of a user in the transaction's tenant, or null when the tenant does
 * not exist or the user is neither a member nor an operator. Every way in (tRPC, the download
 * route, background jobs acting for a user) asks this one function, so they agree on who may do what.
 */
export async function tenantAccess(tx: TenantTx, tenantId: string, user: { id: string; operator: boolean }): Promise<TenantEntry | null> {
  // One statement: every API request asks this, and a round trip is much of a small request's cost.
  const row = await tx
    .selectFrom('tenants')
    .leftJoin('memberships', (join) => join.onRef('memberships.tenant_id', '=', 'tenants.id').on('memberships.user_id', '=', user.id))
    .select(['memberships.role', 'memberships.person_id', 'tenants.require_two_factor'])
    .where('tenants.id', '=', tenantId)
    .executeTakeFirst();
  return row ? accessOf(row, user.operator) : null;
}

/** A user's standing from their membership row (none: null fields), given that the tenant exists. */
function accessOf(membership: { role: MemberRole | null; person_id: string | null; require_two_factor: boolean | null }, operator: boolean): TenantEntry | null {
  if (!membership.role && !operator) return null;
  return { role: operator ? 'operator' : (membership.role ?? 'leader'), personId: membership.person_id ?? null, requireTwoFactor: membership.require_two_factor === true };
}

/**
 * A session, its user and the user's standing in the transaction's tenant, in one statement: the
 * API's tenant requests look the session up here instead of before the transaction (one round
 * trip less). Undefined when there is no such session; the caller judges whether it is live
 * (SessionReader.live) and asks better-auth otherwise.
 */
export async function sessionTenantAccess(tx: TenantTx, tenantId: string, token: string): Promise<{ session: SessionRow; access: TenantEntry | null } | undefined> {
  // Prepared: every signed-in tenant request runs it, and planning it cost more than running it.
  const { rows } = await prepared(sql<SessionRow & { tenant: string | null; role: MemberRole | null; person_id: string | null; require_two_factor: boolean | null }>`
    select ${sessionColumns}, t.id as tenant, t.require_two_factor, m.role, m.person_id
    from ${sessionTables}
    left join tenants t on t.id = ${tenantId}
    left join memberships m on m.tenant_id = ${tenantId} and m.tenant_id = t.id and m.user_id = u.id
    where s.token = ${token}`).execute(tx);
  const row = rows[0];
  if (!row) return undefined;
  return { session: row, access: row.tenant === null ? null : accessOf(row, row.operator === true) };
}

/** The same for a user known only by id (a job acting for them later): reads whether they are an operator now. */
export async function userTenantAccess(tx: TenantTx, tenantId: string, userId: string): Promise<TenantAccess | null> {
  const user = await tx.selectFrom('user').select(['id', 'operator']).where('id', '=', userId).executeTakeFirst();
  return user ? tenantAccess(tx, tenantId, user) : null;
}
