import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthEndpoint } from 'better-auth/api';
import { setSessionCookie } from 'better-auth/cookies';
import { z } from 'zod';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { beginOidc, finishOidc, type PendingSignIn } from './oidc-client.ts';
import { providerConfig } from './sso-config.ts';
import { findSsoTenant, ssoOnlyTenantsOf } from './sso-directory.ts';
import { auditSsoOutcome, decideSsoUser } from './sso-sign-in.ts';

/** The console page that explains a failed organisation sign-in (apps/admin, SsoLoginPage). */
const CONSOLE_SSO_PAGE = '/login/sso';
const CALLBACK = '/sso/callback';
const STATE_COOKIE = 'sso_state';
const PENDING_SECONDS = 600;

/** The code a password sign-in gets when the account's tenant requires SSO; the console words it. */
export const SSO_REQUIRED = 'SSO_REQUIRED';

/** Only a path on this site (not `//host`), so the sign-in cannot be used to send people elsewhere. */
function safePath(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

function consoleUrl(baseURL: string, path: string, query: Record<string, string>): string {
  return `${new URL(baseURL).origin}${path}?${new URLSearchParams(query)}`;
}

/**
 * Single sign-on per tenant through its own OpenID Connect provider (issue 16). Two endpoints: start
 * (find the tenant by e-mail domain or slug, send the browser to its provider) and callback (verify
 * the answer, decide whom it signs in: sso-sign-in.ts, open a session). A session hook refuses
 * every other way into an account whose tenant requires SSO, password and anything after it alike.
 */
export function spejlSso(options: { db: Kysely<Database>; addressHeader: string }) {
  const { db } = options;
  const start = createAuthEndpoint('/sso/start', {
    method: 'GET',
    query: z.object({ for: z.string().max(320), redirect: z.string().max(2000).optional() }),
  }, async (ctx) => {
    const tenantId = await findSsoTenant(db, ctx.query.for);
    const config = tenantId ? await withTenant(db, tenantId, (tx) => providerConfig(tx, tenantId, ctx.context.secret)) : null;
    if (!config) throw ctx.redirect(consoleUrl(ctx.context.baseURL, CONSOLE_SSO_PAGE, { error: 'unknown' }));
    let begun;
    try {
      begun = await beginOidc(config, `${ctx.context.baseURL}${CALLBACK}`, safePath(ctx.query.redirect));
    } catch (error) {
      ctx.context.logger.error('SSO: the identity provider could not be reached', error);
      throw ctx.redirect(consoleUrl(ctx.context.baseURL, CONSOLE_SSO_PAGE, { error: 'providerUnreachable' }));
    }
    await ctx.context.internalAdapter.createVerificationValue({
      identifier: `sso:${begun.pending.state}`,
      value: JSON.stringify(begun.pending),
      expiresAt: new Date(Date.now() + PENDING_SECONDS * 1000),
    });
    // Binds the answer to this browser: a callback link someone else started is refused.
    const cookie = ctx.context.createAuthCookie(STATE_COOKIE, { maxAge: PENDING_SECONDS, sameSite: 'lax' });
    await ctx.setSignedCookie(cookie.name, begun.pending.state, ctx.context.secret, cookie.attributes);
    throw ctx.redirect(begun.url.href);
  });

  const callback = createAuthEndpoint(CALLBACK, {
    method: 'GET',
    query: z.object({ state: z.string().max(200).optional(), code: z.string().max(4000).optional(), error: z.string().max(200).optional() }).passthrough(),
  }, async (ctx) => {
    const fail = (error: string) => ctx.redirect(consoleUrl(ctx.context.baseURL, CONSOLE_SSO_PAGE, { error }));
    const cookie = ctx.context.createAuthCookie(STATE_COOKIE);
    const state = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
    ctx.setCookie(cookie.name, '', { ...cookie.attributes, maxAge: 0 });
    if (!state || state !== ctx.query.state) throw fail('expired');
    const stored = await ctx.context.internalAdapter.consumeVerificationValue(`sso:${state}`);
    if (!stored) throw fail('expired');
    const pending = JSON.parse(stored.value) as PendingSignIn;
    const config = await withTenant(db, pending.tenantId, (tx) => providerConfig(tx, pending.tenantId, ctx.context.secret));
    if (!config) throw fail('unknown');
    const address = ctx.request?.headers.get(options.addressHeader) ?? null;
    const query = new URLSearchParams(new URL(ctx.request?.url ?? 'http://x/').search);
    let claims: Record<string, unknown>;
    try {
      claims = await finishOidc(config, new URL(`${ctx.context.baseURL}${CALLBACK}?${query}`), pending);
    } catch (error) {
      ctx.context.logger.error('SSO: the identity provider\'s answer was refused', error);
      await withTenant(db, config.tenantId, (tx) => recordAudit(tx, { tenantId: config.tenantId, actorUserId: null, action: 'sso.refused', target: null, details: { reason: 'providerAnswer', issuer: config.issuer, ...(address ? { address } : {}) } }));
      throw fail('providerAnswer');
    }
    const outcome = await decideSsoUser(db, config, claims);
    await auditSsoOutcome(db, config, outcome, address);
    if ('refusal' in outcome) throw fail(outcome.refusal);
    const user = await ctx.context.internalAdapter.findUserById(outcome.user.id);
    const session = await ctx.context.internalAdapter.createSession(outcome.user.id);
    if (!user || !session) throw fail('providerAnswer');
    await setSessionCookie(ctx, { session, user });
    throw ctx.redirect(`${new URL(ctx.context.baseURL).origin}${pending.redirect}`);
  });

  return {
    id: 'spejl-sso',
    endpoints: { ssoStart: start, ssoCallback: callback },
    init: () => ({
      options: {
        databaseHooks: {
          session: {
            create: {
              // Every session but the SSO callback's: a password (and whatever follows it) is refused when a tenant of the account requires SSO.
              before: async (session: { userId: string }, ctx: { path?: string } | null) => {
                if (!ctx || ctx.path === CALLBACK) return;
                const tenants = await ssoOnlyTenantsOf(db, session.userId);
                if (tenants.length === 0) return;
                const account = await db.selectFrom('user').select('email').where('id', '=', session.userId).executeTakeFirst();
                for (const tenantId of tenants) {
                  await withTenant(db, tenantId, (tx) => recordAudit(tx, { tenantId, actorUserId: null, action: 'sso.passwordRefused', target: account?.email ?? null, details: { path: ctx.path ?? null } }));
                }
                throw new APIError('FORBIDDEN', { code: SSO_REQUIRED, message: 'your organisation requires sign-in through its own sign-in page (SSO)' });
              },
            },
          },
        },
      },
    }),
  } satisfies BetterAuthPlugin;
}
