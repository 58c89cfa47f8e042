import { createHmac, timingSafeEqual } from 'node:crypto';
import type { BetterAuthOptions } from 'better-auth';
import { sql, type Database, type Kysely } from '@spejl/db';
import type { SpejlAuth } from './auth.ts';

/** The signed-in user, as every API request needs them. */
export interface SessionUserRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly operator: boolean;
  readonly locale: string;
}

/** What the fast path needs from better-auth's own configuration, so both read the same cookie the same way. */
interface FastPath {
  readonly cookie: string;
  readonly dontRemember: string;
  readonly secret: string;
  readonly expiresInMs: number;
  readonly updateAgeMs: number;
}

type AuthContext = Awaited<SpejlAuth['$context']>;

/** better-auth's answer changes with these options; with any of them set the fast path stands aside. */
function fastPathOf(context: AuthContext): FastPath | null {
  // Read as any configuration would be: a change to createAuth's options is caught here, not missed.
  const options: BetterAuthOptions = context.options;
  if (options.secondaryStorage || options.session?.cookieCache?.enabled || options.session?.deferSessionRefresh || options.plugins?.length) return null;
  return {
    cookie: context.authCookies.sessionToken.name,
    dontRemember: context.authCookies.dontRememberToken.name,
    secret: context.secret,
    expiresInMs: context.sessionConfig.expiresIn * 1000,
    updateAgeMs: context.sessionConfig.updateAge * 1000,
  };
}

/** The value of the one cookie called `name`, decoded as better-call decodes it; undefined when absent or sent twice. */
function onlyCookie(header: string | null, name: string): string | undefined {
  let found: string | undefined;
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    if (found !== undefined) return undefined;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      found = value.includes('%') ? decodeURIComponent(value) : value;
    } catch {
      return undefined;
    }
  }
  return found;
}

/** The session token of a cookie signed with `secret` (better-call's `token.base64(HMAC-SHA256)`), or undefined. */
function verifiedToken(value: string, secret: string): string | undefined {
  const dot = value.lastIndexOf('.');
  if (dot < 1) return undefined;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : undefined;
}

interface SessionRow extends SessionUserRow {
  expires_at: Date;
}

/**
 * The fast path's answer: a user only when the cookie is validly signed, its session is in the
 * database, unexpired and not due for better-auth's sliding refresh, and no "don't remember me"
 * cookie changes the rules. Anything else is left to better-auth (undefined).
 */
async function fastUser(fast: FastPath, db: Kysely<Database>, headers: Headers, now: number): Promise<SessionUserRow | undefined> {
  const cookies = headers.get('cookie');
  if (onlyCookie(cookies, fast.dontRemember) !== undefined) return undefined;
  const value = onlyCookie(cookies, fast.cookie);
  const token = value === undefined ? undefined : verifiedToken(value, fast.secret);
  if (token === undefined) return undefined;
  const { rows } = await sql<SessionRow>`
    select s."expiresAt" as expires_at, u.id, u.email, u.name, u.operator, u.locale
    from "session" s join "user" u on u.id = s."userId"
    where s.token = ${token}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const expiresAt = row.expires_at.getTime();
  if (expiresAt < now || expiresAt - fast.expiresInMs + fast.updateAgeMs <= now) return undefined;
  return { id: row.id, email: row.email, name: row.name, operator: row.operator === true, locale: row.locale ?? 'da' };
}

/**
 * Who signed a request in. better-auth's getSession costs ~3 ms of CPU a call (Web Crypto, its
 * endpoint machinery, two queries), which on results day is most of a report view. This reads
 * the same cookie with the same secret and one query, and answers only what better-auth would
 * answer without writing anything: a live session. Every other case (no or bad cookie, ended,
 * expired or due for refresh) goes to better-auth itself, which refreshes, deletes and refuses.
 */
export function sessionReader(auth: SpejlAuth, db: Kysely<Database>, now: () => number = Date.now): (headers: Headers) => Promise<SessionUserRow | null> {
  const fast = auth.$context.then(fastPathOf);
  return async (headers) => {
    const path = await fast;
    const user = path ? await fastUser(path, db, headers, now()) : undefined;
    if (user) return user;
    const session = await auth.api.getSession({ headers });
    if (!session) return null;
    const { id, email, name, operator, locale } = session.user;
    return { id, email, name, operator: operator === true, locale: locale ?? 'da' };
  };
}
