import { withTenant, withUser, type Database, type Kysely } from '@spejl/db';
import { emailSchema, findUserByEmail, nameSchema, createUser, type UserSummary } from '../accounts/users.ts';
import { recordAudit } from '../audit/log.ts';
import type { SsoProviderConfig } from './sso-config.ts';

/** Why a tenant's identity provider did not sign someone in; the console words each (auth.sso.refused.*). */
export type SsoRefusal = 'noEmail' | 'emailUnverified' | 'domainNotAllowed' | 'notMember' | 'memberElsewhere' | 'operator';

export type SsoOutcome = { user: UserSummary; provisioned: boolean } | { refusal: SsoRefusal; email: string | null };

/** The e-mail the provider asserted in the claim the tenant chose, normalised; null when there is none. */
function assertedEmail(claims: Record<string, unknown>, claim: string): string | null {
  const parsed = emailSchema.safeParse(claims[claim]);
  return parsed.success ? parsed.data : null;
}

function displayName(claims: Record<string, unknown>, email: string): string {
  const parsed = nameSchema.safeParse(claims.name);
  return parsed.success ? parsed.data : email.slice(0, email.indexOf('@'));
}

/**
 * Whom a tenant's identity provider may sign in (DESIGN.md, Security: nothing a tenant's admin does
 * gives them an account another tenant relies on). The provider is the tenant's own, so what it
 * asserts is trusted for that tenant only:
 * - the e-mail's domain must be one the tenant allows;
 * - an existing account is signed in only when it is already a member of this tenant: an account
 *   that belongs to other tenants alone is refused, never joined to this one, whatever the
 *   provider asserts (else any tenant could take over anyone's account by naming its e-mail);
 * - an account that is also a member of another tenant is not signed in either: a session reaches
 *   every tenant of its account, so this tenant's provider would open the other tenant's data
 *   (and skip the account's second factor); such an account signs in with its password;
 * - an operator account is never signed in by a tenant's provider (its reach spans every tenant);
 * - a new account is created only when the tenant turned provisioning on, with the role it chose.
 */
export async function decideSsoUser(db: Kysely<Database>, config: SsoProviderConfig, claims: Record<string, unknown>): Promise<SsoOutcome> {
  const email = assertedEmail(claims, config.emailClaim);
  if (!email) return { refusal: 'noEmail', email: null };
  // A provider that says outright the address is unverified is not taken at its word.
  if (claims.email_verified === false) return { refusal: 'emailUnverified', email };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!config.allowedDomains.includes(domain)) return { refusal: 'domainNotAllowed', email };
  const existing = await findUserByEmail(db, email);
  if (existing) {
    if (existing.operator) return { refusal: 'operator', email };
    const member = await withTenant(db, config.tenantId, (tx) =>
      tx.selectFrom('memberships').select('role').where('user_id', '=', existing.id).executeTakeFirst());
    if (!member) return { refusal: 'notMember', email };
    const tenants = await withUser(db, existing.id, (tx) => tx.selectFrom('memberships').select('tenant_id').where('user_id', '=', existing.id).execute());
    if (tenants.some((t) => t.tenant_id !== config.tenantId)) return { refusal: 'memberElsewhere', email };
    return { user: existing, provisioned: false };
  }
  if (!config.provision) return { refusal: 'notMember', email };
  const user = await createUser(db, { email, name: displayName(claims, email), operator: false });
  await withTenant(db, config.tenantId, async (tx) => {
    await tx.insertInto('memberships').values({ tenant_id: config.tenantId, user_id: user.id, role: config.provisionRole, person_id: null }).execute();
    await recordAudit(tx, { tenantId: config.tenantId, actorUserId: null, action: 'sso.provision', target: email, details: { role: config.provisionRole, issuer: config.issuer } });
  });
  return { user, provisioned: true };
}

/** Writes a sign-in through the tenant's provider, or its refusal, to that tenant's log. */
export async function auditSsoOutcome(db: Kysely<Database>, config: SsoProviderConfig, outcome: SsoOutcome, address: string | null): Promise<void> {
  await withTenant(db, config.tenantId, (tx) => recordAudit(tx, 'user' in outcome
    ? { tenantId: config.tenantId, actorUserId: outcome.user.id, action: 'sso.signIn', target: outcome.user.email, details: { issuer: config.issuer, ...(address ? { address } : {}) } }
    : { tenantId: config.tenantId, actorUserId: null, action: 'sso.refused', target: outcome.email, details: { reason: outcome.refusal, issuer: config.issuer, ...(address ? { address } : {}) } }));
}
