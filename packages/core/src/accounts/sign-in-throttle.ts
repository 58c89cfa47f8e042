import { createHash } from 'node:crypto';
import { sql, type Database, type Kysely } from '@spejl/db';
import { addressGroup } from '../survey/address-group.ts';

/*
 * Failed sign-ins, counted per account and per client address in the database (every server
 * process shares them). An account takes few failures before it is refused whatever the
 * address: that stops guessing from many addresses. An address takes many, and successful
 * sign-ins do not count, so a town hall behind one NAT address is never locked out while one
 * address still cannot try a few passwords on every account (DESIGN.md, Security).
 *
 * An attempt is counted before the password is checked and handed back when it succeeds, so a
 * burst of parallel guesses cannot all pass a check made before any of them failed.
 */

/** How many failures a key may have in one window. */
export interface ThrottleLimits {
  /** Failures per account (normalised e-mail), whatever the address. */
  perAccount: number;
  /** Failures per client address (an IPv6 /64 counts as one). */
  perAddress: number;
  /** The window, from the first failure; the key is free again when it ends. */
  windowMs: number;
}

/** Five wrong passwords for an account, or a hundred from one address, in fifteen minutes. */
export const SIGN_IN_LIMITS: ThrottleLimits = { perAccount: 5, perAddress: 100, windowMs: 15 * 60 * 1000 };

/** Who is signing in: what they typed as e-mail (any account, existing or not) and from where. */
export interface SignInAttempt {
  email: string | undefined;
  address: string | undefined;
}

/** A refused attempt: when the caller may try again. */
export interface SignInRefusal {
  retryAfterSeconds: number;
  /** Which limit refused it (for logs and tests; the person is told only to wait). */
  limit: 'account' | 'address';
}

const hash = (kind: string, value: string) => createHash('sha256').update(`${kind}:${value}`).digest('hex');

/** The key of an account: its e-mail as Spejl stores it (trimmed, lower case), hashed. */
export const accountKey = (email: string) => hash('account', email.trim().toLowerCase());

/** The key of a client address: its IPv4 address or IPv6 /64, hashed. */
export const addressKey = (address: string) => hash('address', addressGroup(address));

/** Counts one attempt for a key in its window; returns the attempts so far and when the window started. */
async function count(db: Kysely<Database>, key: string, now: Date, windowMs: number): Promise<{ attempts: number; windowStarted: Date }> {
  const expired = new Date(now.getTime() - windowMs);
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ key, attempts: 1, window_started: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: sql<number>`case when sign_in_throttle.window_started <= ${expired} then 1 else sign_in_throttle.attempts + 1 end`,
        window_started: sql<Date>`case when sign_in_throttle.window_started <= ${expired} then ${now} else sign_in_throttle.window_started end`,
      }),
    )
    .returning(['attempts', 'window_started'])
    .executeTakeFirstOrThrow();
  return { attempts: row.attempts, windowStarted: new Date(row.window_started) };
}

/** Gives back one counted attempt (it was not a failure). */
async function uncount(db: Kysely<Database>, key: string): Promise<void> {
  await db.updateTable('sign_in_throttle').set({ attempts: sql<number>`greatest(attempts - 1, 0)` }).where('key', '=', key).execute();
}

/** Forgets keys whose window has ended, so the table holds at most one window of failures. */
async function prune(db: Kysely<Database>, now: Date, windowMs: number): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('window_started', '<=', new Date(now.getTime() - windowMs)).execute();
}

function refusal(windowStarted: Date, now: Date, windowMs: number, limit: SignInRefusal['limit']): SignInRefusal {
  return { retryAfterSeconds: Math.max(1, Math.ceil((windowStarted.getTime() + windowMs - now.getTime()) / 1000)), limit };
}

/** Counts a sign-in attempt against its address, then its account; refuses it (null when allowed) when either has used up its window. */
export async function beginSignIn(db: Kysely<Database>, who: SignInAttempt, now = new Date(), limits = SIGN_IN_LIMITS): Promise<SignInRefusal | null> {
  await prune(db, now, limits.windowMs);
  const address = who.address ? addressKey(who.address) : undefined;
  if (address) {
    const byAddress = await count(db, address, now, limits.windowMs);
    if (byAddress.attempts > limits.perAddress) return refusal(byAddress.windowStarted, now, limits.windowMs, 'address');
  }
  if (who.email) {
    const byAccount = await count(db, accountKey(who.email), now, limits.windowMs);
    if (byAccount.attempts > limits.perAccount) {
      // Refused before any password was checked: the address made no guess.
      if (address) await uncount(db, address);
      return refusal(byAccount.windowStarted, now, limits.windowMs, 'account');
    }
  }
  return null;
}

/**
 * Settles an attempt {@link beginSignIn} let through: a failure stays counted; a success hands
 * the address its attempt back and clears the account's failures.
 */
export async function settleSignIn(db: Kysely<Database>, who: SignInAttempt, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  if (who.address) await uncount(db, addressKey(who.address));
  if (who.email) await clearAccountFailures(db, who.email);
}

/**
 * Forgets an account's failed sign-ins. Also called when its owner resets the password through
 * their own mailbox: whoever kept the account locked by guessing no longer keeps its owner out.
 */
export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', accountKey(email)).execute();
}
