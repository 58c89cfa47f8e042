import { ZodError } from 'zod';
import { formatIssue, SpejlError } from '@spejl/core';

/** Writes an error the way a person can act on it (every issue on its own line) and returns the exit code. */
export function reportError(error: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): number {
  if (error instanceof SpejlError) {
    write(`error: ${error.message}\n`);
    // A refused file's one issue is its message: said once is enough.
    const repeated = error.issues.length === 1 && error.message.endsWith(error.issues[0]!.message);
    if (!repeated) for (const issue of error.issues) write(`  ${formatIssue(issue)}\n`);
  } else if (error instanceof ZodError) {
    write('error: invalid input\n');
    for (const issue of error.issues) write(`  ${formatIssue({ ...(issue.path.length ? { path: issue.path.join('.') } : {}), message: issue.message })}\n`);
  } else {
    write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return 1;
}
