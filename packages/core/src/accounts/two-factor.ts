import { twoFactor } from 'better-auth/plugins';

/*
 * TOTP two-factor (issue 16) with better-auth's own plugin: an authenticator app's six-digit code
 * after the password, or one of ten single-use recovery codes. Codes are limited three ways: five
 * tries per sign-in challenge (then the password again), ten wrong codes in a row lock the account's
 * second step for fifteen minutes whatever the address (the window of the password throttle), and
 * three requests per ten seconds per address and endpoint.
 */

/** Wrong codes in a row before the account's second step is locked. */
export const TWO_FACTOR_MAX_FAILURES = 10;
/** How long that lock lasts, in seconds. */
export const TWO_FACTOR_LOCK_SECONDS = 15 * 60;

/** The plugin as Spejl configures it: TOTP and recovery codes, no e-mailed codes, no trusted devices by default. */
export function twoFactorPlugin() {
  return twoFactor({
    issuer: 'Spejl',
    // Minutes to type the code after the password, as long as a sign-in form stays meaningful.
    twoFactorCookieMaxAge: 10 * 60,
    accountLockout: { enabled: true, maxFailedAttempts: TWO_FACTOR_MAX_FAILURES, durationSeconds: TWO_FACTOR_LOCK_SECONDS },
    backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
  });
}
