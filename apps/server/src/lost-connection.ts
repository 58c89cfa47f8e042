import type { Context } from 'hono';
import type { TRPCError } from '@trpc/server';
import { databaseUnavailable } from '@spejl/api';
import { isConnectionLost, RETRY_AFTER_SECONDS } from '@spejl/db';

/*
 * A request whose database connection was lost (DESIGN.md, Security: "a lost database connection
 * fails the requests that used it, never the server") is answered 503 with Retry-After: the
 * request was fine, the pool reconnects at once, and trying again is safe. Never a 500, which
 * would say the request broke something.
 */

/** The plain-HTTP answer (downloads, health check, the survey API has its own of the same shape). */
export function lostConnectionResponse(c: Context): Response {
  c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return c.json({ error: 'DB_UNAVAILABLE', message: 'the connection to the database was lost; try again' }, 503);
}

/** A tRPC context whose session lookup lost its connection fails as SERVICE_UNAVAILABLE, not as a bug. */
export async function contextOrUnavailable<T>(context: Promise<T>): Promise<T> {
  try {
    return await context;
  } catch (error) {
    throw isConnectionLost(error) ? databaseUnavailable(error) : error;
  }
}

/** tRPC response meta: Retry-After on an answer that failed for a lost connection. */
export function retryAfterMeta({ errors }: { errors: readonly TRPCError[] }): { headers?: Record<string, string> } {
  return errors.some((e) => e.code === 'SERVICE_UNAVAILABLE') ? { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } } : {};
}
