import { betterAuth } from 'better-auth';
import type { Database, Kysely } from '@spejl/db';
import { sendSystemMail } from '../mail/outbox.ts';
import { spejlSso } from '../sso/sso-plugin.ts';
import type { Mailer } from '../mail/transport.ts';
import { authHooks, CLIENT_IP_HEADER } from './auth-hooks.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';
import { resetPasswordMail } from './reset-mail.ts';
import { clearAccountFailures, type ThrottleLimits } from './sign-in-throttle.ts';
import { twoFactorPlugin } from './two-factor.ts';

export { CLIENT_IP_HEADER };

/** Where better-auth is mounted; the console's auth client uses the same path. */
export const AUTH_BASE_PATH = '/api/auth';

/** What accounts need from the running installation. */
export interface AuthOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  /** At least 32 characters; signs session cookies. */
  secret: string;
  /** The address people open, e.g. `http://127.0.0.1:3000`; cookies, CSRF origins and mail links derive from it. */
  publicUrl: string;
  /** Further origins allowed to post to the auth endpoints (a dev server of the console, say). */
  trustedOrigins?: string[];
  /**
   * Sign-in requests per client address per minute, failed or not: only a flood guard (each one
   * costs a password hash), high enough for an office behind one address. Guessing is stopped by
   * the failure throttle (`signInLimits`).
   */
  signInPerMinute?: number;
  /** Failed sign-ins allowed per account and per address in a window (default SIGN_IN_LIMITS). */
  signInLimits?: ThrottleLimits;
  /** The clock the sign-in throttle reads (tests move it). */
  now?: () => Date;
}

/**
 * better-auth on our own tables (migration 0001): e-mail + password only, no self sign-up
 * (accounts come from the CLI, the demo seed and invitations), rate limits and the sign-in
 * throttle stored in the database so they hold across restarts and processes.
 */
export function createAuth(options: AuthOptions) {
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  return betterAuth({
    appName: 'Spejl',
    database: { db: options.db, type: 'postgres' },
    secret: options.secret,
    baseURL: publicUrl,
    basePath: AUTH_BASE_PATH,
    trustedOrigins: [new URL(publicUrl).origin, ...(options.trustedOrigins ?? [])],
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        const link = `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        const locale = (user as { locale?: string }).locale ?? 'da';
        await sendSystemMail(options.db, options.mailer, resetPasswordMail(user.email, user.name, link, locale));
      },
      onPasswordReset: async ({ user }) => clearAccountFailures(options.db, user.email),
    },
    user: {
      additionalFields: {
        operator: { type: 'boolean', required: false, defaultValue: false, input: false },
        locale: { type: 'string', required: false, defaultValue: 'da', input: false },
      },
    },
    plugins: [
      twoFactorPlugin(),
      spejlSso({ db: options.db, addressHeader: CLIENT_IP_HEADER }),
    ],
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    hooks: authHooks(options.db, options.signInLimits, options.now),
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: options.signInPerMinute ?? 60 },
        '/request-password-reset': { window: 300, max: 3 },
        '/reset-password': { window: 300, max: 10 },
        // Every page load reads the session; a 256-bit cookie cannot be guessed, and throttling this
        // read sent people who had just signed in back to an empty login page.
        '/get-session': false,
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // better-auth skips origin checks under NODE_ENV=test; keep them on so tests see production behaviour.
      disableOriginCheck: false,
      useSecureCookies: publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
  });
}

/** The configured better-auth instance. */
export type SpejlAuth = ReturnType<typeof createAuth>;
