/*
 * A lost database connection, told apart from a statement the database refused. When PostgreSQL
 * ends a backend (pg_terminate_backend, a restart, a failover) the request that was using it
 * fails, and nothing more: the pool drops the connection and opens a new one for the next
 * request. Such a failure says nothing about the request, so it is answered "unavailable, try
 * again" (HTTP 503), never as a bug (500). Whether a write in flight was committed is unknown; the
 * writes a client retries by itself (survey forms) are idempotent.
 */

/** SQLSTATEs of a connection that is gone or cannot be had: class 08, the 57P0x shutdowns, too many clients. */
const LOST_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-5]|53300)$/;
/** Socket errors Node reports for a connection that broke or could not be opened. */
const LOST_SOCKET = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
/** What pg and pg-pool say when the socket closed under a query, or no connection came in time. */
const LOST_MESSAGE = /Connection terminated|not queryable|Client was closed|Connection closed|timeout exceeded when trying to connect/i;

function lostHere(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (LOST_SQLSTATE.test(code) || LOST_SOCKET.has(code))) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && LOST_MESSAGE.test(message);
}

/** True when `error` (or an error it wraps as its cause) is a lost or unobtainable database connection. */
export function isConnectionLost(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (lostHere(current)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Seconds a client is asked to wait before trying again after a lost connection (the pool reconnects at once). */
export const RETRY_AFTER_SECONDS = 1;
