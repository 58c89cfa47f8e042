import { sql, withUser, type Database, type Kysely } from '@spejl/db';

/**
 * Finds the tenant a "sign in with your organisation" request means: by an e-mail address's domain,
 * or by the tenant's slug. A domain claimed by more than one tenant (domains are not verified, so a
 * tenant could claim another's) leads nowhere: the person types their organisation's slug instead,
 * rather than being sent to an identity provider another tenant chose.
 */
export async function findSsoTenant(db: Kysely<Database>, typed: string): Promise<string | null> {
  const value = typed.trim().toLowerCase();
  if (!value || value.length > 320) return null;
  const at = value.lastIndexOf('@');
  if (at < 0) {
    const bySlug = await db.selectFrom('tenants').innerJoin('sso_directory', 'sso_directory.tenant', 'tenants.id')
      .select('tenants.id').where('tenants.slug', '=', value).where('sso_directory.enabled', '=', true).executeTakeFirst();
    if (bySlug) return bySlug.id;
  }
  const domain = value.slice(at + 1);
  const claims = await db.selectFrom('sso_directory').select('tenant')
    .where(sql<boolean>`domains @> array[${domain}]::text[]`).where('enabled', '=', true).limit(2).execute();
  return claims.length === 1 ? claims[0]!.tenant : null;
}

/** The tenants among the account's memberships that allow their console users no password. */
export async function ssoOnlyTenantsOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  const tenants = await withUser(db, userId, (tx) => tx.selectFrom('memberships').select('tenant_id').where('user_id', '=', userId).execute());
  if (tenants.length === 0) return [];
  const rows = await db.selectFrom('sso_directory').select('tenant')
    .where('tenant', 'in', tenants.map((t) => t.tenant_id)).where('sso_only', '=', true).execute();
  return rows.map((r) => r.tenant);
}
