import { PluginDefinitionError } from '@spejl/plugin-sdk';
import type { z } from 'zod';
import { codedIssue, SpejlError } from '../errors/spejl-error.ts';
import { codedZodIssues } from '../errors/zod-issues.ts';

const NOT_SAVED = { code: 'input.notSaved', params: {} } as const;

/** Turns a theme validation failure into the one user-facing error type, keeping every path. */
export function definitionToSpejlError(error: PluginDefinitionError, message: string): SpejlError {
  // The plugin SDK's own words stay in the log text; the field is named in the reader's language.
  return new SpejlError('BAD_INPUT', message, error.issues.map((i) => ({ ...codedIssue('input.invalid', { field: i.path }, { path: i.path }), message: i.message })), NOT_SAVED);
}

/** Turns zod issues into a BAD_INPUT SpejlError with dotted paths. */
export function zodToSpejlError(error: z.ZodError, message: string): SpejlError {
  return new SpejlError('BAD_INPUT', message, codedZodIssues(error), NOT_SAVED);
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
