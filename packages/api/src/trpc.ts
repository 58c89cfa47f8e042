/**
 * The tRPC set-up, top to bottom: context, init (error shape), procedures.
 * Every tenant procedure runs inside `withTenant`, so row-level security applies to all it does.
 */
import { experimental_standaloneMiddleware, initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  codedError, recordAudit, SessionReader, sessionTenantAccess, tenantAccess, type InputIssue, type Mailer, type RoundResultsCache, type SignedSession, type SpejlAuth,
  type TenantEntry, type TenantRole,
} from '@spejl/core';
import { withTenant, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { codedOf, issuesOf, toTRPCError } from './errors.ts';
import { checkOperatorTwoFactor, checkTenantTwoFactor } from './two-factor-gate.ts';

// ── context ─────────────────────────────────────────────────────────────────

/** What the API needs from the running installation; the server builds it once. */
export interface ApiServices {
  db: Kysely<Database>;
  auth: SpejlAuth;
  mailer: Mailer;
  /** The address people open; links in mail start with it. */
  publicUrl: string;
  /** Closed rounds' results this server keeps in memory (default: the process's shared cache). */
  resultsCache?: RoundResultsCache;
  /** Operators must have two-factor on to use the API (SPEJL_REQUIRE_OPERATOR_2FA). */
  requireOperatorTwoFactor?: boolean;
}

/** The signed-in person, from the better-auth session. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  operator: boolean;
  locale: string;
  /** Whether the account signs in with a second factor (absent: no). */
  twoFactorEnabled?: boolean;
}

/** Per-request context: the services plus the session user (null when signed out). */
export interface Context extends ApiServices {
  user: SessionUser | null;
  /**
   * A validly signed session cookie not looked up yet (accounts/session-reader.ts): a tenant
   * procedure looks it up in the statement that reads the caller's tenant access, any other
   * procedure first thing. Until then `user` is null.
   */
  session?: SignedSession;
}

/** One session reader per auth instance (it resolves better-auth's configuration once). */
const readers = new WeakMap<SpejlAuth, SessionReader>();
const readerOf = (services: ApiServices): SessionReader =>
  readers.get(services.auth) ?? readers.set(services.auth, new SessionReader(services.auth, services.db)).get(services.auth)!;

/** The signed-in user of a request outside tRPC (a plain download route), looked up now. */
export function sessionUser(services: ApiServices, headers: Headers): Promise<SessionUser | null> {
  return readerOf(services).read(headers);
}

/**
 * Reads the session cookie from the request headers for tRPC: its signature now, its session where
 * the procedure needs it (so `user` is null until then: use sessionUser outside tRPC).
 */
export async function createContext(services: ApiServices, headers: Headers): Promise<Context> {
  const reader = readerOf(services);
  const session = await reader.signed(headers);
  if (session) return { ...services, user: null, session };
  return { ...services, user: await reader.fromAuth(headers) };
}

/** The user of a signed session, looked up once however many calls a batch holds. */
const looked = new WeakMap<SignedSession, Promise<SessionUser | null>>();
function userOfSession(session: SignedSession, lookup: (s: SignedSession) => Promise<SessionUser | null>): Promise<SessionUser | null> {
  return looked.get(session) ?? looked.set(session, lookup(session)).get(session)!;
}

// ── init ────────────────────────────────────────────────────────────────────

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const issues: InputIssue[] = issuesOf(error.cause);
    // `code` is tRPC's (FORBIDDEN …); `errorCode` and `errorParams` say which refusal, for clients to word it themselves.
    const coded = codedOf(error.cause);
    return { ...shape, data: { ...shape.data, issues, errorCode: coded?.code ?? null, errorParams: coded?.params ?? null, stack: undefined } };
  },
});

/** Builds a router from procedures and sub-routers. */
export const router = t.router;
/** Calls a router in-process (tests, CLI, server-side). */
export const createCallerFactory = t.createCallerFactory;

/** Turns SpejlError / ZodError thrown by domain code into the matching tRPC error, whatever procedure threw it. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

// ── procedures ──────────────────────────────────────────────────────────────

/** Looks a signed session up before any procedure that is not a tenant one (those look it up with the tenant access). */
const resolveUser = t.middleware(async ({ ctx, next }) => {
  if (!ctx.session) return next();
  const reader = readerOf(ctx);
  return next({ ctx: { user: await userOfSession(ctx.session, (s) => reader.user(s)), session: undefined } });
});

/** Every procedure: errors mapped. */
const baseProcedure = t.procedure.use(mapErrors);

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure.use(resolveUser);

/** Any signed-in user; `ctx.user` is set. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return next({ ctx: { user: ctx.user } });
});

/** Operators only (the consultancy running Spejl). */
export const operatorProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.operator) throw codedError('FORBIDDEN', 'access.operatorsOnly', {});
  checkOperatorTwoFactor(ctx.user, ctx.requireOperatorTwoFactor);
  return next();
});

/** What the caller is inside one tenant (core's definition, which every way in shares). */
export type { TenantRole };

/** Records one audit-log entry in the current tenant, attributed to the caller. */
export type AuditFn = (action: string, target?: string | null, details?: Record<string, unknown>) => Promise<void>;

const tenantInput = z.object({ tenantId: z.uuid() });

/** Carries a failed result out of `withTenant` so the transaction rolls back, then hands it on unchanged. */
class RolledBack<R> extends Error {
  constructor(readonly result: R) {
    super('rolled back');
  }
}

/** Runs a middleware chain in the tenant's transaction; a failed result rolls it back instead of committing. */
async function inTenant<R extends { ok: boolean }>(db: Kysely<Database>, tenantId: string, fn: (tx: TenantTx) => Promise<R>): Promise<R> {
  try {
    return await withTenant(db, tenantId, async (tx) => {
      const result = await fn(tx);
      if (!result.ok) throw new RolledBack(result);
      return result;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as R;
    throw error;
  }
}

/** Thrown inside the tenant transaction when its session lookup cannot answer: the transaction ends and better-auth decides. */
class SessionNotLive extends Error {}

/** Marks tenant procedures: the cross-tenant test finds every procedure whose middlewares include this one. */
export const tenantMiddleware = t.middleware(async ({ ctx, getRawInput, next }) => {
  if (!ctx.user && !ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  const parsed = tenantInput.safeParse(await getRawInput());
  if (!parsed.success) throw new TRPCError({ code: 'BAD_REQUEST', message: 'tenantId must be a uuid', cause: parsed.error });
  const { tenantId } = parsed.data;
  const inside = (tx: TenantTx, user: SessionUser, access: TenantEntry | null) => {
    // The same answer for "no such tenant" and "not yours": ids of other tenants reveal nothing.
    if (!access) throw codedError('NOT_FOUND', 'access.tenantNotYours', {});
    checkTenantTwoFactor(user, access, ctx.requireOperatorTwoFactor);
    const audit: AuditFn = (action, target = null, details = {}) =>
      recordAudit(tx, { tenantId, actorUserId: user.id, action, target, details });
    return next({ ctx: { user, tx, tenantId, role: access.role, personId: access.personId, audit, session: undefined } });
  };
  const { session } = ctx;
  let user = ctx.user;
  if (session) {
    const reader = readerOf(ctx);
    try {
      return await inTenant(ctx.db, tenantId, async (tx) => {
        const found = await sessionTenantAccess(tx, tenantId, session.token);
        const live = await reader.live(found?.session);
        if (!found || !live) throw new SessionNotLive();
        return inside(tx, live, found.access);
      });
    } catch (error) {
      if (!(error instanceof SessionNotLive)) throw error;
    }
    user = await userOfSession(session, (s) => reader.fromAuth(s.headers));
  }
  const caller = user;
  if (!caller) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return inTenant(ctx.db, tenantId, async (tx) => inside(tx, caller, await tenantAccess(tx, tenantId, caller)));
});

/**
 * Anything inside one tenant. Input must be an object with `tenantId: z.uuid()`; declare it in
 * your own `.input(z.object({ tenantId: z.uuid(), … }))`. Members and operators only. Not built on
 * publicProcedure: the tenant middleware looks the session up itself, with the tenant access.
 */
export const tenantProcedure = baseProcedure.use(tenantMiddleware);

/** The context a tenant procedure's resolver sees. */
export interface TenantContext extends Context {
  user: SessionUser;
  tx: TenantTx;
  tenantId: string;
  role: TenantRole;
  personId: string | null;
  audit: AuditFn;
}

/** Narrows a tenant procedure to some roles: `tenantProcedure.use(requireRole('admin'))`. Operators always pass. */
export function requireRole(...roles: TenantRole[]) {
  return experimental_standaloneMiddleware<{ ctx: { role: TenantRole } }>().create(({ ctx, next }) => {
    if (ctx.role !== 'operator' && !roles.includes(ctx.role)) {
      throw codedError('FORBIDDEN', 'access.roleRefused', { role: ctx.role });
    }
    return next();
  });
}

/** True for procedures built on tenantProcedure (the cross-tenant test walks the router with this). */
export function isTenantProcedure(procedure: { _def: { middlewares: unknown[] } }): boolean {
  // `.use(builder)` copies the builder's functions into the procedure, so look for those.
  return tenantMiddleware._middlewares.every((fn) => procedure._def.middlewares.includes(fn));
}
