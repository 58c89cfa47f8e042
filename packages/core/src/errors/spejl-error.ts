import { renderError, type CodedError, type ErrorCode, type ErrorParams } from '@spejl/error-catalogue';

/** What kind of failure a person caused; the API maps it to an HTTP status, the CLI to exit code 1. */
export type SpejlErrorKind = 'BAD_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'TOO_MANY';

/** One problem in a user's input, located as precisely as we can: file line, column, field path. */
export interface InputIssue {
  /** Which file of a pair the issue is in (the SafetyNet unit or employee file); absent: the one file uploaded. */
  file?: string;
  /** 1-based line in the file, counting the header as line 1. */
  line?: number;
  column?: string;
  /** Field path for structured input, e.g. `items.2.text.employee.da`. */
  path?: string;
  message: string;
  /** What kind of problem, for clients that say it in their own language (`file.empty`); the message is the English text. */
  code?: ErrorCode;
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
    /** The code and values a client says the refusal with, in its reader's language; `message` is the English for logs. */
    readonly coded?: CodedError,
  ) {
    super(message);
  }
}

/** The English text of a code, for logs and the message beside the code. */
export function englishText<C extends ErrorCode>(code: C, params: ErrorParams<C>): string {
  return renderError(code, params, 'en') ?? code;
}

/** A SpejlError that carries its code: its message is the catalogue's English, its code lets every client say it in its own language. */
export function codedError<C extends ErrorCode>(kind: SpejlErrorKind, code: C, params: ErrorParams<C>, issues: InputIssue[] = []): SpejlError {
  return new SpejlError(kind, englishText(code, params), issues, { code, params } as CodedError);
}

/** One coded problem of a user's input, placed in a file (line, column) or a form (path). */
export function codedIssue<C extends ErrorCode>(code: C, params: ErrorParams<C>, where: Pick<InputIssue, 'line' | 'column' | 'path'> = {}): InputIssue {
  return { ...where, code, params, message: englishText(code, params) };
}

/** Formats an issue the way people read file errors: `people.csv line 214, column manager_id: … `. */
export function formatIssue(issue: InputIssue, source?: string): string {
  const where = [
    issue.file ?? source,
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.column !== undefined ? `column ${issue.column}` : undefined,
    issue.path !== undefined ? `at ${issue.path}` : undefined,
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}
