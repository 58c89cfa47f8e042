import type { Context } from 'hono';
import type { SpejlAuth } from '@spejl/core';
import { withClientIp } from './client-ip.ts';

/**
 * better-auth echoes the session token in JSON bodies (sign-in, get-session) for bearer clients.
 * The console uses the httpOnly cookie only, so the token is removed: script on the page never sees it.
 */
async function withoutSessionToken(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response;
  const body: unknown = await response.clone().json().catch(() => undefined);
  if (!body || typeof body !== 'object') return response;
  const record = body as { token?: unknown; session?: { token?: unknown } | null };
  if (record.token === undefined && record.session?.token === undefined) return response;
  delete record.token;
  if (record.session) delete record.session.token;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(record), { status: response.status, statusText: response.statusText, headers });
}

/** Hands /api/auth/* to better-auth with our client address header, and keeps tokens out of response bodies. */
export async function handleAuth(c: Context, auth: SpejlAuth, trustProxy: boolean): Promise<Response> {
  return withoutSessionToken(await auth.handler(withClientIp(c, trustProxy)));
}
