import type { z } from 'zod';

/** One problem in a plugin definition or manifest: where (a dotted path) and what is wrong. */
export interface DefinitionIssue {
  /** Dotted path into the definition, e.g. `items.2.text.self.en`; empty for the whole object. */
  path: string;
  message: string;
}

/**
 * Thrown by defineTheme/defineReport and the manifest check. Its message lists every
 * issue as `<what> <id>: <path>: <reason>` so a plugin author can fix them all at once.
 */
export class PluginDefinitionError extends Error {
  override readonly name = 'PluginDefinitionError';
  constructor(
    readonly subject: string,
    readonly issues: DefinitionIssue[],
  ) {
    super(`${subject} is invalid:\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
  }
}

/** Joins a zod path into the dotted form people read: `items.2.text.self.en`. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Turns zod's issues into definition issues, keeping zod's path and our messages. */
export function issuesFromZod(error: z.ZodError): DefinitionIssue[] {
  return error.issues.map((issue) => ({ path: dottedPath(issue.path), message: issue.message }));
}
