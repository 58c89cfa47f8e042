import { SpejlError } from '../errors/spejl-error.ts';

/**
 * Turns the lifecycle triggers' refusals (SQLSTATE 23514 with a message starting "round <id>",
 * see migration 0004) into a CONFLICT a person can read; anything else is returned unchanged.
 */
export function asRoundConflict(error: unknown): unknown {
  if (error && typeof error === 'object' && 'code' in error && error.code === '23514' && 'message' in error) {
    const message = String(error.message);
    // The trigger's English stays in the log text; a person is told the round changed under them.
    if (/^round [0-9a-f-]{36}\b/.test(message)) return new SpejlError('CONFLICT', message.replace(/^round [0-9a-f-]{36}:?/, 'this round'), [], { code: 'round.changedMeanwhile', params: {} });
  }
  return error;
}

/** Runs `fn`, reporting trigger refusals as SpejlError CONFLICT. */
export async function refusalsAsConflicts<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asRoundConflict(error);
  }
}
