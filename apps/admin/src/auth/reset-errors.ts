import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules.ts';

/** What the console says for a refused password reset: an i18n key with its values, or the link being spent. */
export type ResetRefusal = { kind: 'linkBroken' } | { kind: 'message'; key: string; params?: Record<string, number> };

/**
 * better-auth's refusals of a password reset (its codes; its `message` is English developer text
 * and is never shown), said in the console's words. An unknown code gets the generic sentence.
 */
const REFUSALS: Record<string, ResetRefusal> = {
  INVALID_TOKEN: { kind: 'linkBroken' },
  PASSWORD_TOO_SHORT: { kind: 'message', key: 'auth.validation.passwordTooShort', params: { min: MIN_PASSWORD_LENGTH } },
  PASSWORD_TOO_LONG: { kind: 'message', key: 'auth.validation.passwordTooLong', params: { max: MAX_PASSWORD_LENGTH } },
  // The account was deleted after the mail was sent: a new link would not help either.
  USER_NOT_FOUND: { kind: 'message', key: 'auth.reset.accountGone' },
  VALIDATION_ERROR: { kind: 'message', key: 'auth.reset.invalidRequest' },
  TOO_MANY_ATTEMPTS: { kind: 'message', key: 'auth.login.tooManyAttempts' },
};

/** The console's answer to a failed `resetPassword`, from better-auth's code and the HTTP status. */
export function resetRefusal(error: { code?: string | undefined; status?: number | undefined }): ResetRefusal {
  const known = error.code ? REFUSALS[error.code] : undefined;
  if (known) return known;
  if (error.status === 429) return REFUSALS.TOO_MANY_ATTEMPTS!;
  return { kind: 'message', key: 'common.errors.generic' };
}

/** The better-auth codes the console has its own words for (the test checks each has Danish and English). */
export const KNOWN_RESET_CODES = Object.keys(REFUSALS);
