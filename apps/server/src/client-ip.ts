import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { CLIENT_IP_HEADER } from '@spejl/core';

/** The caller's address: the socket's, or with a trusted proxy the last X-Forwarded-For hop (the one our proxy appended). */
export function callerAddress(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const hop = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (hop) return hop;
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not on a Node socket (in-process requests): no address to report
  }
}

/**
 * The request with CLIENT_IP_HEADER set by us, replacing whatever the client sent.
 * Sign-in rate limits key on it, so clients must not be able to choose it.
 */
export function withClientIp(c: Context, trustProxy: boolean): Request {
  const headers = new Headers(c.req.raw.headers);
  headers.delete(CLIENT_IP_HEADER);
  const ip = callerAddress(c, trustProxy);
  if (ip) headers.set(CLIENT_IP_HEADER, ip);
  return new Request(c.req.raw, { headers });
}
