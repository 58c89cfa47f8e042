import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import { codedZodIssues, formatIssue, SpejlError, type CodedError, type InputIssue, type SpejlErrorKind } from '@spejl/core';
import { isConnectionLost } from '@spejl/db';

const CODE_OF: Record<SpejlErrorKind, TRPC_ERROR_CODE_KEY> = {
  BAD_INPUT: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  TOO_MANY: 'TOO_MANY_REQUESTS',
};

/** The HTTP status of each kind, for the routes outside tRPC (survey, downloads). */
export const HTTP_STATUS = { BAD_INPUT: 400, NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, TOO_MANY: 429 } as const satisfies Record<SpejlErrorKind, number>;

/** Each zod issue as a coded InputIssue with its dotted path (`branding.primaryColor`), so no client shows zod's English. */
export function zodIssues(error: ZodError): InputIssue[] {
  return codedZodIssues(error);
}

/** The code and values a client says a refusal with, when the domain gave it one. */
export function codedOf(cause: unknown): CodedError | undefined {
  return cause instanceof SpejlError ? cause.coded : undefined;
}

/** The issues a client should show for an error's cause: SpejlError's own, or zod's by path. */
export function issuesOf(cause: unknown): InputIssue[] {
  if (cause instanceof SpejlError) return cause.issues;
  if (cause instanceof ZodError) return zodIssues(cause);
  return [];
}

/** PostgreSQL error classes a person's input can cause: 22 data exception, 23 integrity constraint violation. */
function databaseRefusal(cause: unknown): TRPCError | undefined {
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(code)) return undefined;
  const detail = cause instanceof Error ? cause.message : 'invalid value';
  if (code === '23505') return new TRPCError({ code: 'CONFLICT', message: `already exists: ${detail}`, cause });
  return new TRPCError({ code: 'BAD_REQUEST', message: `the database refused a value: ${detail}`, cause });
}

/** A request that failed because its database connection was lost: 503, nothing wrong with the request, try again. */
export function databaseUnavailable(cause: unknown): TRPCError {
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'the connection to the database was lost; try again', cause });
}

/** Maps a failed procedure's error to the code a person's mistake deserves; anything else passes through. */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (isConnectionLost(cause)) return databaseUnavailable(cause);
  if (cause instanceof SpejlError) {
    return new TRPCError({ code: CODE_OF[cause.kind], message: cause.message, cause });
  }
  if (cause instanceof ZodError) {
    const message = zodIssues(cause).map((issue) => formatIssue(issue)).join('; ');
    return new TRPCError({ code: 'BAD_REQUEST', message: `invalid input: ${message}`, cause });
  }
  // A safety net: input that got past validation but that the database refuses is still the caller's mistake.
  return databaseRefusal(cause) ?? error;
}
