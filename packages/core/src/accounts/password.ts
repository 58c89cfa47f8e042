import { z } from 'zod';

/** Shortest password we accept; better-auth is configured with the same bounds so every path agrees. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password we accept (scrypt input stays bounded). */
export const MAX_PASSWORD_LENGTH = 128;

/** A new password as people type it: long enough to resist guessing, short enough to hash cheaply. */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `the password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `the password must be at most ${MAX_PASSWORD_LENGTH} characters`);
