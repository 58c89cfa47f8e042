import { betterAuth } from 'better-auth';
import type { Database, Kysely } from '@spejl/db';
import { sendSystemMail } from '../mail/outbox.ts';
import type { Mailer } from '../mail/transport.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';
import { resetPasswordMail } from './reset-mail.ts';

/** The header the HTTP server fills with the socket's address (replacing any client value); rate limits key on it. */
export const CLIENT_IP_HEADER = 'x-spejl-client-ip';

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
  /** Sign-in attempts allowed per client IP per minute. */
  signInPerMinute?: number;
}

/**
 * better-auth on our own tables (migration 0001): e-mail + password only, no self sign-up
 * (accounts come from the CLI, the demo seed and invitations), rate limits stored in the
 * database so they hold across restarts and processes.
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
    },
    user: {
      additionalFields: {
        operator: { type: 'boolean', required: false, defaultValue: false, input: false },
        locale: { type: 'string', required: false, defaultValue: 'da', input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: options.signInPerMinute ?? 5 },
        '/request-password-reset': { window: 300, max: 3 },
        '/reset-password': { window: 300, max: 10 },
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
