import { z } from 'zod';
import type { MemberRole, TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import { codedParams } from '../errors/zod-issues.ts';
import { openSecret, sealSecret } from './secret-box.ts';

const DOMAIN = /^(?=.{3,253}$)([a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,63}$/;

/** An e-mail domain: lower-case labels of letters, digits and dashes, at least one dot. */
export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((domain, ctx) => {
    // Coded with the domain itself, so the console says which line of the list is wrong.
    if (!DOMAIN.test(domain)) ctx.addIssue({ code: 'custom', message: 'an e-mail domain such as kommune.dk', params: codedParams('sso.domainInvalid', { domain: domain.slice(0, 80) }) });
  });

/** Plain http only to a provider on this machine (tests, a local Keycloak); anything else must be https. */
function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** The issuer URL as the provider states it in its discovery document. */
export const issuerSchema = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/ }))
  .refine((s) => { const u = new URL(s); return u.protocol === 'https:' || isLoopback(u); }, { message: 'the issuer must be an https address', params: codedParams('sso.issuerNotHttps', {}) })
  .refine((s) => !new URL(s).search && !new URL(s).hash, 'the issuer has no query or fragment');

const CLAIM = /^[A-Za-z_][A-Za-z0-9_:./-]{0,99}$/;

/** What an admin sets; `clientSecret` left out keeps the stored one. */
export const ssoConfigInputSchema = z.object({
  enabled: z.boolean().default(true),
  issuer: issuerSchema,
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(2000).optional(),
  emailClaim: z.string().trim().regex(CLAIM, 'a claim name such as email or upn').default('email'),
  allowedDomains: z.array(domainSchema).min(1).max(20).transform((ds) => [...new Set(ds)].sort()),
  provision: z.boolean().default(false),
  provisionRole: z.enum(['admin', 'analyst', 'leader']).default('leader'),
  ssoOnly: z.boolean().default(false),
});
export type SsoConfigInput = z.input<typeof ssoConfigInputSchema>;

/** A tenant's SSO settings as the console sees them: never the secret, only that one is stored. */
export interface SsoConfigView {
  enabled: boolean;
  issuer: string;
  clientId: string;
  hasSecret: true;
  emailClaim: string;
  allowedDomains: string[];
  provision: boolean;
  provisionRole: MemberRole;
  ssoOnly: boolean;
  updatedAt: Date;
}

/** Everything a sign-in needs, the secret opened. Server-side only. */
export interface SsoProviderConfig extends Omit<SsoConfigView, 'hasSecret' | 'updatedAt'> {
  tenantId: string;
  clientSecret: string;
}

async function row(tx: TenantTx, tenantId: string) {
  return tx.selectFrom('sso_configs').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

/** The tenant's SSO settings without the secret, or null when none are set. */
export async function getSsoConfig(tx: TenantTx, tenantId: string): Promise<SsoConfigView | null> {
  const r = await row(tx, tenantId);
  if (!r) return null;
  return {
    enabled: r.enabled, issuer: r.issuer, clientId: r.client_id, hasSecret: true, emailClaim: r.email_claim, allowedDomains: r.allowed_domains,
    provision: r.provision, provisionRole: r.provision_role, ssoOnly: r.sso_only, updatedAt: r.updated_at,
  };
}

/** The tenant's provider with its secret opened, for the sign-in endpoints; null when none is set or it is switched off. */
export async function providerConfig(tx: TenantTx, tenantId: string, authSecret: string): Promise<SsoProviderConfig | null> {
  const r = await row(tx, tenantId);
  if (!r || !r.enabled) return null;
  return {
    tenantId, enabled: r.enabled, issuer: r.issuer, clientId: r.client_id, clientSecret: openSecret(authSecret, tenantId, r.client_secret_sealed),
    emailClaim: r.email_claim, allowedDomains: r.allowed_domains, provision: r.provision, provisionRole: r.provision_role, ssoOnly: r.sso_only,
  };
}

/** Saves the tenant's SSO settings and its entry in the global directory, with an audit entry that names what changed (never the secret). */
export async function saveSsoConfig(tx: TenantTx, tenantId: string, input: SsoConfigInput, actorUserId: string, authSecret: string, publicUrl: string): Promise<SsoConfigView> {
  const c = ssoConfigInputSchema.parse(input);
  // A provider on this machine over plain http only where Spejl itself runs so (a test or a developer's
  // machine): in production an admin must not point the server at its own loopback services.
  if (new URL(c.issuer).protocol === 'http:' && !isLoopback(new URL(publicUrl))) throw codedError('BAD_INPUT', 'sso.issuerNotHttps', {});
  const before = await row(tx, tenantId);
  if (!before && !c.clientSecret) throw codedError('BAD_INPUT', 'sso.secretRequired', {});
  const sealed = c.clientSecret ? sealSecret(authSecret, tenantId, c.clientSecret) : before!.client_secret_sealed;
  const values = {
    enabled: c.enabled, issuer: c.issuer, client_id: c.clientId, client_secret_sealed: sealed, email_claim: c.emailClaim, allowed_domains: c.allowedDomains,
    provision: c.provision, provision_role: c.provisionRole, sso_only: c.ssoOnly, updated_by: actorUserId, updated_at: new Date(),
  };
  await tx.insertInto('sso_configs').values({ tenant_id: tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values)).execute();
  const directory = { domains: c.allowedDomains, enabled: c.enabled, sso_only: c.enabled && c.ssoOnly };
  await tx.insertInto('sso_directory').values({ tenant: tenantId, ...directory })
    .onConflict((oc) => oc.column('tenant').doUpdateSet(directory)).execute();
  const { clientSecret: _secret, ...shown } = c;
  await recordAudit(tx, { tenantId, actorUserId, action: 'sso.configure', target: c.issuer, details: { ...shown, secretChanged: Boolean(c.clientSecret) } });
  return (await getSsoConfig(tx, tenantId))!;
}

/** Removes the tenant's SSO settings: its console users sign in with passwords again. */
export async function removeSsoConfig(tx: TenantTx, tenantId: string, actorUserId: string): Promise<void> {
  const gone = await tx.deleteFrom('sso_configs').where('tenant_id', '=', tenantId).returning('issuer').executeTakeFirst();
  if (!gone) throw codedError('NOT_FOUND', 'sso.notConfigured', {});
  await tx.deleteFrom('sso_directory').where('tenant', '=', tenantId).execute();
  await recordAudit(tx, { tenantId, actorUserId, action: 'sso.remove', target: gone.issuer, details: {} });
}
