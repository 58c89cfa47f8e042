import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import type { Database, Kysely } from '@spejl/db';
import { SSO_REQUIRED } from '../sso/sso-plugin.ts';
import { auditSignIn } from './sign-in-audit.ts';
import { auditTwoFactor } from './two-factor-audit.ts';
import { beginSignIn, settleSignIn, SIGN_IN_LIMITS, type SignInAttempt, type ThrottleLimits } from './sign-in-throttle.ts';

/** The header the HTTP server fills with the socket's address (replacing any client value); rate limits key on it. */
export const CLIENT_IP_HEADER = 'x-spejl-client-ip';

const SIGN_IN = '/sign-in/email';
const CHANGE_PASSWORD = '/change-password';

/** Who a sign-in request is for and from: the e-mail typed and the address the server put in our header. */
function attemptOf(ctx: { body?: unknown; headers?: Headers | undefined; request?: Request | undefined }): SignInAttempt {
  const typed = (ctx.body as { email?: unknown } | undefined)?.email;
  const email = typeof typed === 'string' && typed.trim() ? typed : undefined;
  const address = ctx.headers?.get(CLIENT_IP_HEADER) ?? ctx.request?.headers.get(CLIENT_IP_HEADER) ?? undefined;
  return { email, address };
}

/** The 429 a throttled sign-in gets: the wait in `Retry-After` and in the body, for the console to say in minutes. */
function tooManyAttempts(retryAfterSeconds: number): APIError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new APIError(
    'TOO_MANY_REQUESTS',
    { code: 'TOO_MANY_ATTEMPTS', message: `too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, retryAfter: retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/**
 * What Spejl adds to better-auth's endpoints: sign-in throttled per account and per address
 * (sign-in-throttle.ts), two-factor events in the audit log (two-factor-audit.ts), and a password change that always ends every other session of the
 * account, whatever the client asked for (DESIGN.md, Security).
 */
export function authHooks(db: Kysely<Database>, limits: ThrottleLimits = SIGN_IN_LIMITS, now: () => Date = () => new Date()) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path === CHANGE_PASSWORD) {
        // A stolen session must not outlive the password change its owner makes to be rid of it.
        return { context: { body: { ...(ctx.body as object), revokeOtherSessions: true } } };
      }
      if (ctx.path !== SIGN_IN) return;
      const refused = await beginSignIn(db, attemptOf(ctx), now(), limits);
      if (refused) throw tooManyAttempts(refused.retryAfterSeconds);
    }),
    after: createAuthMiddleware(async (ctx) => {
      // Only attempts the before hook let through get here: a refused one ends with its 429.
      if (ctx.path !== SIGN_IN) return auditTwoFactor(db, ctx, attemptOf(ctx).address);
      const attempt = attemptOf(ctx);
      // A right password refused because the tenant requires SSO: the SSO plugin logged it; no failure to count.
      if (isAPIError(ctx.context.returned) && (ctx.context.returned.body as { code?: string } | undefined)?.code === SSO_REQUIRED) return;
      const succeeded = !isAPIError(ctx.context.returned);
      await settleSignIn(db, attempt, succeeded);
      await auditSignIn(db, attempt, succeeded);
    }),
  };
}
