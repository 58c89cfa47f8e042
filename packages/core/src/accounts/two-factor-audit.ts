import { getSessionFromCtx, isAPIError } from 'better-auth/api';
import type { Database, Kysely } from '@spejl/db';
import { auditAccount } from './sign-in-audit.ts';

/*
 * Two-factor events in the audit log (issue 16): turned on, turned off, recovery codes renewed or
 * used, and every wrong code, in each tenant the account belongs to. Read after better-auth has
 * answered, from what it answered: the signed-in user or, while a sign-in waits for its code, the
 * account its two-factor cookie names.
 */

const VERIFY_TOTP = '/two-factor/verify-totp';
const VERIFY_BACKUP = '/two-factor/verify-backup-code';
const DISABLE = '/two-factor/disable';
const RENEW = '/two-factor/generate-backup-codes';
const AUDITED = new Set([VERIFY_TOTP, VERIFY_BACKUP, DISABLE, RENEW]);

/** The parts of better-auth's hook context this reads. */
type HookContext = Parameters<typeof getSessionFromCtx>[0] & {
  path: string;
  context: Parameters<typeof getSessionFromCtx>[0]['context'] & { returned?: unknown };
};

interface Account { id: string; email: string; twoFactorEnabled?: boolean | null }

/** The account a two-factor request was about: the session's, else the one whose sign-in awaits a code. */
async function accountOf(ctx: HookContext): Promise<Account | null> {
  const fresh = ctx.context.newSession?.user as Account | undefined;
  if (fresh) return fresh;
  const cookie = ctx.context.createAuthCookie('two_factor');
  const challenge = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (challenge) {
    const pending = await ctx.context.internalAdapter.findVerificationValue(challenge);
    const user = pending ? await ctx.context.internalAdapter.findUserById(pending.value) : null;
    if (user) return user as Account;
  }
  const session = await getSessionFromCtx(ctx).catch(() => null);
  return (session?.user as Account | undefined) ?? null;
}

/** better-auth's codes for a code that was checked and wrong (not a refusal before checking: locked, expired, too many). */
const WRONG_CODE = new Set(['INVALID_CODE', 'INVALID_BACKUP_CODE']);

/** The action a request's outcome is, or null when it is not one to log. */
function actionOf(path: string, failed: boolean, returned: unknown): string | null {
  if (path === DISABLE) return failed ? null : 'auth.twoFactorDisabled';
  if (path === RENEW) return failed ? null : 'auth.recoveryCodesRenewed';
  if (failed) {
    const code = (returned as { body?: { code?: string } }).body?.code;
    if (!code || !WRONG_CODE.has(code)) return null;
    return path === VERIFY_TOTP ? 'auth.twoFactorCodeFailed' : 'auth.recoveryCodeFailed';
  }
  // A code confirmed for an account whose flag was still off is the set-up being finished.
  const before = (returned as { user?: { twoFactorEnabled?: boolean } } | undefined)?.user;
  if (path === VERIFY_TOTP) return before?.twoFactorEnabled === false ? 'auth.twoFactorEnabled' : null;
  return 'auth.recoveryCodeUsed';
}

/** Logs a two-factor request's outcome; other paths pass. */
export async function auditTwoFactor(db: Kysely<Database>, ctx: HookContext, address: string | undefined): Promise<void> {
  if (!AUDITED.has(ctx.path)) return;
  const returned = ctx.context.returned;
  const failed = isAPIError(returned);
  const action = actionOf(ctx.path, failed, returned);
  if (!action) return;
  const account = await accountOf(ctx);
  // A wrong code is someone's, not necessarily the account's owner's, as a wrong password is.
  if (account) await auditAccount(db, account, action, !failed, address);
}
