import type { Context } from 'hono';
import type { SpejlAuth } from '@spejl/core';
import { withClientIp } from './client-ip.ts';

/**
 * better-auth echoes session tokens in JSON bodies (sign-in, get-session, every session of
 * list-sessions) for bearer clients. The console uses the httpOnly cookie only, so every `token`
 * is removed, at any depth: script on the page never sees one.
 */
async function withoutSessionToken(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response;
  const body: unknown = await response.clone().json().catch(() => undefined);
  if (!body || typeof body !== 'object' || !dropTokens(body)) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}

/** Deletes every `token` property in a parsed JSON value; says whether it found one. */
function dropTokens(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  let found = false;
  if (!Array.isArray(value) && 'token' in value) {
    delete (value as { token?: unknown }).token;
    found = true;
  }
  for (const child of Object.values(value)) found = dropTokens(child) || found;
  return found;
}

/** Hands /api/auth/* to better-auth with our client address header, and keeps tokens out of response bodies. */
export async function handleAuth(c: Context, auth: SpejlAuth, trustProxy: boolean): Promise<Response> {
  return withoutSessionToken(await auth.handler(withClientIp(c, trustProxy)));
}
