import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  answerSchema, canonicalTag, commentsSchema, GuessLimiter, linkKeyFromEnv, openSurvey, parseDeviceKey, redeemLetterCode, RoundClosedError, saveSurveyForm, SpejlError, UnknownLetterCodeError,
  UnknownLinkError, type DeviceKey, type LinkKey,
} from '@spejl/core';
import { isConnectionLost, RETRY_AFTER_SECONDS, type Database, type Kysely } from '@spejl/db';
import { HTTP_STATUS, zodIssues } from '../errors.ts';
import { BodyTooLargeError, headerOf, jsonBody } from './request-body.ts';

/*
 * The respondent's API, mounted by the server at /s/api. Not tRPC: it is the hot path (every
 * form submission), so it is a few plain routes with zod at the edge. The link token comes in
 * the Authorization header (the survey app reads it from the URL fragment), never in a URL; the
 * browser's device key in X-Spejl-Device (saved answers are shown and changed only with it).
 */

/** How the survey routes find the caller's address for the guess limiter, and the limiter itself. */
export interface SurveyRouteOptions {
  limiter?: GuessLimiter;
  clientAddress?: (c: Context) => string;
  /** The key a printed letter's code is checked with (default: from the environment, when a code first comes). */
  linkKey?: LinkKey;
}

const saveBody = z.object({ answers: z.array(answerSchema).max(500), submit: z.boolean(), comments: commentsSchema.optional() });
/** A typed code: 12 characters, with dashes or spaces a person may add. */
const codeBody = z.object({ code: z.string().max(40) });
const slotParam = z.coerce.number().int().min(0).max(10_000);
/** A form of 500 answers is about 3 KB of JSON; its comments at most 2,000 characters each (up to 4 bytes a character). */
const BODY_LIMIT = 512 * 1024;

function tokenOf(c: Context): string {
  const header = headerOf(c, 'authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/** The respondent's browser-held device key (core/survey/device-key.ts), or null when none came. */
function deviceOf(c: Context): DeviceKey | null {
  return parseDeviceKey(headerOf(c, 'x-spejl-device'));
}

function tooMany(c: Context, waitSeconds: number): Response {
  c.header('Retry-After', String(waitSeconds));
  return c.json({ error: 'TOO_MANY', message: 'too many wrong links from here: wait a minute and try again' }, 429);
}

/** Builds the survey routes over a database. */
export function surveyRoutes(db: Kysely<Database>, options: SurveyRouteOptions = {}): Hono {
  const limiter = options.limiter ?? new GuessLimiter(db);
  const clientOf = options.clientAddress ?? ((c: Context) => headerOf(c, 'x-forwarded-for')?.split(',')[0]?.trim() ?? 'direct');
  const app = new Hono();

  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    const wait = limiter.waitSeconds(clientOf(c));
    if (wait > 0) return tooMany(c, wait);
    await next();
  });

  app.onError(async (error, c) => {
    // A wrong letter code counts like a wrong link: the same budget per address group.
    if (error instanceof UnknownLinkError || error instanceof UnknownLetterCodeError) {
      const wait = await limiter.failed(clientOf(c));
      if (wait > 0) return tooMany(c, wait);
    }
    if (error instanceof BodyTooLargeError) return c.json({ error: 'BAD_INPUT', message: `the form is too large (over ${error.limit / 1024} KB); send only its answers and comments` }, 413);
    // The app tells the respondent when the round really closed (an admin may have closed it early).
    if (error instanceof RoundClosedError) return c.json({ error: error.kind, message: error.message, status: error.status, closedAt: error.closedAt.toISOString() }, 409);
    if (error instanceof SpejlError) return c.json({ error: error.kind, message: error.message, issues: error.issues }, HTTP_STATUS[error.kind]);
    if (error instanceof z.ZodError) return c.json({ error: 'BAD_INPUT', message: 'the request is not valid', issues: zodIssues(error) }, 400);
    // The database connection was lost under the request: nothing wrong with it, and a retried save is idempotent.
    if (isConnectionLost(error)) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json({ error: 'UNAVAILABLE', message: 'the connection to the database was lost; your answers were not saved, please try again' }, 503);
    }
    console.error(error);
    return c.json({ error: 'INTERNAL', message: 'something went wrong on our side; your answers were not saved, please try again' }, 500);
  });

  app.get('/survey', async (c) => {
    // Any language tag is taken as a wish; the round's languages decide what is shown (Danish otherwise).
    const lang = canonicalTag(c.req.query('lang') ?? '');
    return c.json(await openSurvey(db, tokenOf(c), lang ?? undefined, deviceOf(c)));
  });

  // A printed letter's code (core/letters): answers the link token it stands for, which the app keeps in memory only.
  app.post('/code', async (c) => {
    const body = codeBody.parse((await jsonBody(c, 1024)) ?? {});
    return c.json(await redeemLetterCode(db, options.linkKey ?? linkKeyFromEnv(), body.code));
  });

  app.put('/forms/:slot', async (c) => {
    const slot = slotParam.parse(c.req.param('slot'));
    const body = saveBody.parse((await jsonBody(c, BODY_LIMIT)) ?? {});
    return c.json(await saveSurveyForm(db, tokenOf(c), deviceOf(c), { slot, ...body }));
  });

  return app;
}
