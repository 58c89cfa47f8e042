import { PluginDefinitionError } from '@spejl/plugin-sdk';
import type { z } from 'zod';
import { SpejlError } from '../errors/spejl-error.ts';

/** Turns a theme validation failure into the one user-facing error type, keeping every path. */
export function definitionToSpejlError(error: PluginDefinitionError, message: string): SpejlError {
  return new SpejlError('BAD_INPUT', message, error.issues.map((i) => ({ path: i.path, message: i.message })));
}

/** Turns zod issues into a BAD_INPUT SpejlError with dotted paths. */
export function zodToSpejlError(error: z.ZodError, message: string): SpejlError {
  return new SpejlError('BAD_INPUT', message, error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}

/** Runs `fn`, rethrowing a PluginDefinitionError as BAD_INPUT with `message`. */
export function asBadInput<T>(fn: () => T, message: string): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof PluginDefinitionError) throw definitionToSpejlError(error, message);
    throw error;
  }
}
