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

/**
 * Runs `fn`, a move of a round that names the state it moves from, reporting a refusal as CONFLICT:
 * a trigger's (single-server), or no row matched because the round changed state meanwhile (every
 * engine; on Citus, which keeps no triggers, this condition is the guard).
 */
export async function refusalsAsConflicts<T>(fn: () => Promise<T | undefined>): Promise<T> {
  let row: T | undefined;
  try {
    row = await fn();
  } catch (error) {
    throw asRoundConflict(error);
  }
  if (row === undefined) throw new SpejlError('CONFLICT', 'this round changed state meanwhile', [], { code: 'round.changedMeanwhile', params: {} });
  return row;
}
