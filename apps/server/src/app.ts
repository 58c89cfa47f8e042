import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { trpcServer } from '@hono/trpc-server';
import type { Logger } from 'pino';
import { appRouter, createContext, downloadRoutes, surveyRoutes, type ApiServices } from '@spejl/api';
import { AUTH_BASE_PATH, UPLOAD_LIMITS } from '@spejl/core';
import { isConnectionLost, sql } from '@spejl/db';
import { handleAuth } from './auth-routes.ts';
import { callerAddress } from './client-ip.ts';
import { contextOrUnavailable, lostConnectionResponse, retryAfterMeta } from './lost-connection.ts';
import { securityHeaders } from './security-headers.ts';
import { DEFAULT_ADMIN_DIST, DEFAULT_SURVEY_DIST, mountWebApps } from './static-apps.ts';
import { loggedPath } from './logged-path.ts';

/** What {@link createApp} needs: the API's services plus how to serve and log. */
export interface AppOptions {
  services: ApiServices;
  logger: Logger;
  /** Origins besides PUBLIC_URL's that may post to the API with cookies. */
  trustedOrigins?: string[];
  trustProxy?: boolean;
  /** Built web apps; default to apps/admin/dist and apps/survey/dist. */
  webApps?: { admin?: string; survey?: string };
}

/** The largest API request: one file upload at its limit, base64 in JSON, with room to spare. */
const API_BODY_BYTES = Math.ceil(UPLOAD_LIMITS.fileBytes * 2.4);
/** Calls one batched tRPC request may carry; the console's client splits its batches at the same size. */
export const MAX_BATCH_CALLS = 16;
/** Sign-in, reset and the like carry a few fields. */
const AUTH_BODY_BYTES = 64 * 1024;

function tooLarge(c: Context): Response {
  return c.json({ error: 'the request is too large', code: 'REQUEST_TOO_LARGE' }, 413);
}

/** The whole HTTP surface of Spejl; importable for tests (call `app.request(…)`). */
export function createApp(options: AppOptions): Hono {
  const { services, logger } = options;
  const origins = [new URL(services.publicUrl).origin, ...(options.trustedOrigins ?? [])];
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // Paths only: query strings can carry invitation and reset tokens; a typed letter code is left out too.
    logger.info({ method: c.req.method, path: loggedPath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use('*', ...securityHeaders(services.publicUrl));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (isConnectionLost(error)) {
      logger.warn({ err: error, path: c.req.path }, 'database connection lost');
      return lostConnectionResponse(c);
    }
    logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return c.json({ error: 'internal error' }, 500);
  });

  app.get('/healthz', async (c) => {
    await sql`select 1`.execute(services.db);
    return c.json({ ok: true });
  });

  // Bodies are read whole before any check of what they hold: cap them first (a file upload is at
  // most UPLOAD_LIMITS.fileBytes as base64 in JSON; nothing else comes near).
  app.use(`${AUTH_BASE_PATH}/*`, bodyLimit({ maxSize: AUTH_BODY_BYTES, onError: tooLarge }));
  app.use('/trpc/*', bodyLimit({ maxSize: API_BODY_BYTES, onError: tooLarge }));

  app.on(['GET', 'POST'], `${AUTH_BASE_PATH}/*`, (c) => handleAuth(c, services.auth, options.trustProxy ?? false));

  app.use('/trpc/*', csrf({ origin: origins }));
  // Hono's csrf checks only form-like bodies; a browser always sends Origin on a POST, so refuse foreign ones whatever the body.
  app.post('/trpc/*', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && !origins.includes(origin)) return c.json({ error: `origin ${origin} may not call this API` }, 403);
    await next();
  });
  app.use(
    '/trpc/*',
    trpcServer({
      endpoint: '/trpc',
      router: appRouter,
      // One request must not queue unbounded work (a hundred PDFs in one batch blocked everyone for 40 s).
      maxBatchSize: MAX_BATCH_CALLS,
      createContext: (_opts, c) => contextOrUnavailable(createContext(services, c.req.raw.headers)) as unknown as Promise<Record<string, unknown>>,
      responseMeta: retryAfterMeta,
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error.cause ?? error, path }, 'procedure failed');
        if (error.code === 'SERVICE_UNAVAILABLE') logger.warn({ err: error.cause ?? error, path }, 'database connection lost');
      },
    }),
  );
  // The respondents' API (token in the Authorization header, so no cookies and no CSRF).
  app.route('/s/api', surveyRoutes(services.db, { clientAddress: (c) => callerAddress(c, options.trustProxy ?? false) ?? 'unknown' }));
  // Large files (a bulk job's ZIP) as plain GETs with the session cookie, streamed.
  app.route('/api', downloadRoutes(services));
  app.all('/api/*', (c) => c.json({ error: 'not found' }, 404));

  mountWebApps(app, { admin: options.webApps?.admin ?? DEFAULT_ADMIN_DIST, survey: options.webApps?.survey ?? DEFAULT_SURVEY_DIST });
  return app;
}
