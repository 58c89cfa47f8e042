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
  /** Whether the account signs in with a second factor (a tenant or the installation may require it). */
  readonly twoFactorEnabled: boolean;
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

/**
 * Plugins that leave a session's reading as it is: two-factor creates the session only once the
 * second step is done, and Spejl's SSO only adds endpoints and a check before a session is created,
 * so a session in the table is as good as one without them.
 */
const SESSION_NEUTRAL_PLUGINS = new Set(['two-factor', 'spejl-sso']);

/** better-auth's answer changes with these options; with any of them set the fast path stands aside. */
function fastPathOf(context: AuthContext): FastPath | null {
  // Read as any configuration would be: a change to createAuth's options is caught here, not missed.
  const options: BetterAuthOptions = context.options;
  if (options.secondaryStorage || options.session?.cookieCache?.enabled || options.session?.deferSessionRefresh || options.plugins?.some((p) => !SESSION_NEUTRAL_PLUGINS.has(p.id))) return null;
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

/** A session as the database holds it, with its user: what the fast path looks up. */
export interface SessionRow extends Omit<SessionUserRow, 'twoFactorEnabled'> {
  readonly expires_at: Date;
  readonly two_factor_enabled: boolean;
}

/** A request's session cookie whose signature checked out: its token, and the headers to hand better-auth if the lookup cannot answer. */
export interface SignedSession {
  readonly token: string;
  readonly headers: Headers;
}

/** The columns of a SessionRow, from `s` (session) and `u` (user): for statements that look a session up beside other things. */
export const sessionColumns = sql`s."expiresAt" as expires_at, u.id, u.email, u.name, u.operator, u.locale, u."twoFactorEnabled" as two_factor_enabled`;
/** A session and its user, as `s` and `u`. */
export const sessionTables = sql`"session" s join "user" u on u.id = s."userId"`;

/** The user as the API holds it, from our row or better-auth's (whose extra fields are optional). */
interface UserLike { id: string; email: string; name: string; operator?: boolean | null; locale?: string | null; twoFactorEnabled?: boolean | null; two_factor_enabled?: boolean }
const userOf = (row: UserLike): SessionUserRow => ({
  id: row.id, email: row.email, name: row.name, operator: row.operator === true, locale: row.locale ?? 'da',
  twoFactorEnabled: (row.twoFactorEnabled ?? row.two_factor_enabled) === true,
});

/**
 * Who signed a request in. better-auth's getSession costs ~3 ms of CPU a call (Web Crypto, its
 * endpoint machinery, two queries), which on results day is most of a report view. This reads
 * the same cookie with the same secret and answers, from one lookup, only what better-auth would
 * answer without writing anything: a live session. Every other case (no or bad cookie, ended,
 * expired or due for refresh, "don't remember me") goes to better-auth itself, which refreshes,
 * deletes and refuses. The lookup can be one of the caller's own statements (the API's tenant
 * requests join it to the tenant access), as long as `live` judges its row.
 */
export class SessionReader {
  readonly #auth: SpejlAuth;
  readonly #db: Kysely<Database>;
  readonly #now: () => number;
  readonly #fast: Promise<FastPath | null>;

  constructor(auth: SpejlAuth, db: Kysely<Database>, now: () => number = Date.now) {
    this.#auth = auth;
    this.#db = db;
    this.#now = now;
    this.#fast = auth.$context.then(fastPathOf);
  }

  /** The request's session token when the fast path may look it up: validly signed, sent once, no "don't remember me". */
  async signed(headers: Headers): Promise<SignedSession | undefined> {
    const fast = await this.#fast;
    if (!fast) return undefined;
    const cookies = headers.get('cookie');
    if (onlyCookie(cookies, fast.dontRemember) !== undefined) return undefined;
    const value = onlyCookie(cookies, fast.cookie);
    const token = value === undefined ? undefined : verifiedToken(value, fast.secret);
    return token === undefined ? undefined : { token, headers };
  }

  /** The user of a looked-up session when better-auth would answer it as is: unexpired and not due for its sliding refresh. */
  async live(row: SessionRow | undefined): Promise<SessionUserRow | undefined> {
    const fast = await this.#fast;
    if (!row || !fast) return undefined;
    const expiresAt = row.expires_at.getTime();
    const now = this.#now();
    return expiresAt < now || expiresAt - fast.expiresInMs + fast.updateAgeMs <= now ? undefined : userOf(row);
  }

  /** better-auth's own answer, for every case the fast path leaves. */
  async fromAuth(headers: Headers): Promise<SessionUserRow | null> {
    const session = await this.#auth.api.getSession({ headers });
    return session ? userOf(session.user) : null;
  }

  /** Looks a signed session up on its own (one statement), else asks better-auth. */
  async user(session: SignedSession): Promise<SessionUserRow | null> {
    const { rows } = await sql<SessionRow>`select ${sessionColumns} from ${sessionTables} where s.token = ${session.token}`.execute(this.#db);
    return (await this.live(rows[0])) ?? this.fromAuth(session.headers);
  }

  /** Who signed the request in. */
  async read(headers: Headers): Promise<SessionUserRow | null> {
    const signed = await this.signed(headers);
    return signed ? this.user(signed) : this.fromAuth(headers);
  }
}
