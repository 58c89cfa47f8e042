import type { Context } from 'hono';
import { codedError, renderError, type Language, type SpejlError } from '@spejl/core';
import { HTTP_STATUS } from '../errors.ts';

/*
 * What the plain download routes answer besides the file. A person meets these in a browser tab
 * (a link opened after signing out, an old link), so a refusal is said in their language — the
 * browser's first choice of Danish or English, Danish otherwise — with its code beside it.
 */

/** A Content-Disposition header that keeps Danish letters (RFC 6266 `filename*`) with an ASCII fallback for old clients. */
export function attachment(fileName: string, fallback: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\;]/g, '') || fallback;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function languageOf(c: Context): Language {
  return /^\s*en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'da';
}

/** A refusal as JSON: its kind, its code and its text in the reader's language. */
export function refusal(c: Context, error: SpejlError): Response {
  const code = error.coded?.code;
  const message = renderError(code, error.coded?.params, languageOf(c)) ?? error.message;
  return c.json({ error: error.kind, ...(code ? { code } : {}), message }, HTTP_STATUS[error.kind]);
}

/** The refusals every download route starts with: a link that is not whole, a reader not signed in. */
export const badLink = (c: Context) => refusal(c, codedError('BAD_INPUT', 'download.badLink', {}));
export const signInFirst = (c: Context) =>
  c.json({ error: 'UNAUTHORIZED', code: 'download.signInFirst', message: renderError('download.signInFirst', {}, languageOf(c)) }, 401);
