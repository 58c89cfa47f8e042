/** What kind of failure a person caused; the API maps it to an HTTP status, the CLI to exit code 1. */
export type SpejlErrorKind = 'BAD_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

/** One problem in a user's input, located as precisely as we can: file line, column, field path. */
export interface InputIssue {
  /** 1-based line in the file, counting the header as line 1. */
  line?: number;
  column?: string;
  /** Field path for structured input, e.g. `items.2.text.employee.da`. */
  path?: string;
  message: string;
  /** What kind of problem, for clients that say it in their own language (`file.empty`); the message is the English text. */
  code?: string;
  /** The values the coded message names (`{ limit: '20 MB' }`). */
  params?: Record<string, string | number>;
}

/** The one error type for errors a person can act on: says what is wrong, where, and how to fix it. */
export class SpejlError extends Error {
  override readonly name = 'SpejlError';
  constructor(
    readonly kind: SpejlErrorKind,
    message: string,
    readonly issues: InputIssue[] = [],
  ) {
    super(message);
  }
}

/** Formats an issue the way people read file errors: `people.csv line 214, column manager_id: … `. */
export function formatIssue(issue: InputIssue, source?: string): string {
  const where = [
    source,
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.column !== undefined ? `column ${issue.column}` : undefined,
    issue.path !== undefined ? `at ${issue.path}` : undefined,
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}
