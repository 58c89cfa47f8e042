import { generateRandomString, hashPassword } from 'better-auth/crypto';
import { z } from 'zod';
import type { Database, Kysely, Transaction } from '@spejl/db';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import { passwordSchema } from './password.ts';

/** An e-mail address as we store it: trimmed and lower-cased, so sign-in and invitations match whatever the case. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('not a valid e-mail address'));

/** A name people read (a person's or an organisation's): 1–200 characters, no control characters. */
export const nameSchema = z
  .string()
  .trim()
  .min(1, 'the name must not be empty')
  .max(200, 'the name must be at most 200 characters')
  .regex(/^[^\p{Cc}]*$/u, 'the name must not contain control characters');

/** A new account: created by the CLI, the demo seed or an accepted invitation (there is no self sign-up). */
export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  /** Without a password the person signs in only after a password reset. */
  password: passwordSchema.optional(),
  operator: z.boolean().default(false),
  locale: z.enum(['da', 'en']).default('da'),
});

/** Input of {@link createUser} before defaults. */
export type NewUserInput = z.input<typeof newUserSchema>;

/** An account as Spejl shows it. */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  operator: boolean;
  locale: string;
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Creates a user (and a password credential) in better-auth's tables with better-auth's own
 * id format and password hash, inside the caller's transaction so it commits with whatever caused it.
 */
export async function createUser(db: Db, input: NewUserInput): Promise<UserSummary> {
  const user = newUserSchema.parse(input);
  if (await findUserByEmail(db, user.email)) {
    throw codedError('CONFLICT', 'account.emailTaken', { email: user.email }, [codedIssue('account.emailTaken', { email: user.email }, { path: 'email' })]);
  }
  const id = generateRandomString(32, 'a-z', 'A-Z', '0-9');
  const now = new Date();
  await db
    .insertInto('user')
    .values({ id, email: user.email, name: user.name, emailVerified: true, image: null, operator: user.operator, locale: user.locale, createdAt: now, updatedAt: now })
    .execute();
  if (user.password) await setPassword(db, id, user.password);
  return { id, email: user.email, name: user.name, operator: user.operator, locale: user.locale };
}

/** Sets (or replaces) a user's password credential. */
export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  const hash = await hashPassword(passwordSchema.parse(password));
  const now = new Date();
  const updated = await db
    .updateTable('account')
    .set({ password: hash, updatedAt: now })
    .where('userId', '=', userId)
    .where('providerId', '=', 'credential')
    .executeTakeFirst();
  if (updated.numUpdatedRows > 0n) return;
  await db
    .insertInto('account')
    .values({
      id: generateRandomString(32, 'a-z', 'A-Z', '0-9'),
      accountId: userId,
      providerId: 'credential',
      userId,
      password: hash,
      accessToken: null,
      refreshToken: null,
      idToken: null,
      accessTokenExpiresAt: null,
      refreshTokenExpiresAt: null,
      scope: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}

/** The account with this e-mail (any case), if there is one. */
export async function findUserByEmail(db: Db, email: string): Promise<UserSummary | undefined> {
  return db
    .selectFrom('user')
    .select(['id', 'email', 'name', 'operator', 'locale'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** Changes the language a user's console and mail use. */
export async function setUserLocale(db: Db, userId: string, locale: 'da' | 'en'): Promise<void> {
  await db.updateTable('user').set({ locale, updatedAt: new Date() }).where('id', '=', userId).execute();
}
