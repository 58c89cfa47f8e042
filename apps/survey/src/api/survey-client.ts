import type { Answer, SurveyContent } from '@spejl/core';
import { deviceKey } from './device-key.ts';

/** One answer as the API takes it: 1–5, `dk` (ved ikke) or null (not answered). */
export type { Answer };

/** Why a request failed, in the terms the app shows. */
export class SurveyRequestError extends Error {
  constructor(
    readonly kind: 'UNKNOWN_LINK' | 'TOO_MANY' | 'CLOSED' | 'OTHER_DEVICE' | 'BAD_INPUT' | 'TOO_LARGE' | 'NETWORK' | 'SERVER',
    message: string,
    /** For CLOSED: when the round really closed. */
    readonly closedAt?: string,
  ) {
    super(message);
  }
}

const BASE = `${import.meta.env.BASE_URL}api`;

async function call<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}`, 'x-spejl-device': deviceKey(), 'content-type': 'application/json' } });
  } catch {
    throw new SurveyRequestError('NETWORK', 'network');
  }
  const body = (await response.json().catch(() => ({}))) as { message?: string; closedAt?: string };
  if (response.ok) return body as T;
  const message = body.message ?? response.statusText;
  if (response.status === 404) throw new SurveyRequestError('UNKNOWN_LINK', message);
  if (response.status === 429) throw new SurveyRequestError('TOO_MANY', message);
  if (response.status === 409) throw new SurveyRequestError('CLOSED', message, body.closedAt);
  // Another browser saved this form first; only that one may change it.
  if (response.status === 403) throw new SurveyRequestError('OTHER_DEVICE', message);
  if (response.status === 400) throw new SurveyRequestError('BAD_INPUT', message);
  if (response.status === 413) throw new SurveyRequestError('TOO_LARGE', message);
  throw new SurveyRequestError('SERVER', message);
}

/** Turns a printed letter's code into the link token it stands for (kept in memory only by the caller). */
export async function redeemCode(code: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${BASE}/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  } catch {
    throw new SurveyRequestError('NETWORK', 'network');
  }
  const body = (await response.json().catch(() => ({}))) as { token?: string; message?: string };
  if (response.ok && body.token) return body.token;
  const message = body.message ?? response.statusText;
  if (response.status === 404) throw new SurveyRequestError('UNKNOWN_LINK', message);
  if (response.status === 429) throw new SurveyRequestError('TOO_MANY', message);
  throw new SurveyRequestError('SERVER', message);
}

/** Loads everything behind a link, with texts in `lang`. */
export function loadSurvey(token: string, lang: string | null): Promise<SurveyContent> {
  // Without a wish the server shows the respondent's own language (the people file's).
  return call(token, lang ? `/survey?lang=${encodeURIComponent(lang)}` : '/survey');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Saves one form. Network failures and server errors are retried with the same body: the
 * server addresses the form by the link, so a retry can never make a second form. Sent with
 * keepalive, so a save under way still arrives when the respondent closes the page.
 */
export async function saveForm(token: string, slot: number, answers: Answer[], submit: boolean, comments: Record<string, string> = {}): Promise<{ slot: number; submitted: boolean; comments?: Record<string, string> }> {
  const body = JSON.stringify({ answers, submit, comments });
  for (let attempt = 0; ; attempt++) {
    try {
      // keepalive carries at most 64 KB: a form with long comments is sent as an ordinary request.
      return await call(token, `/forms/${slot}`, { method: 'PUT', body, keepalive: new TextEncoder().encode(body).length < 60_000 });
    } catch (error) {
      const retryable = error instanceof SurveyRequestError && (error.kind === 'NETWORK' || error.kind === 'SERVER');
      if (!retryable || attempt >= 3) throw error;
      await sleep(500 * 2 ** attempt);
    }
  }
}
