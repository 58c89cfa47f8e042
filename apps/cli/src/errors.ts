import { CommanderError } from 'commander';
import { ZodError } from 'zod';
import { codedZodIssues, renderError, SpejlError, type CodedError, type ErrorCode, type ErrorParams, type InputIssue, type Language } from '@spejl/core';
import { DataDirInUseError } from '@spejl/db';
import { codedCommanderError, HELP_CODES } from './commander-errors.ts';

export { cliLanguage } from './language.ts';

const WORDS = {
  en: { error: 'error', warning: 'warning', invalid: 'invalid input', line: 'line', column: 'column', at: 'at' },
  da: { error: 'fejl', warning: 'advarsel', invalid: 'ugyldigt input', line: 'linje', column: 'kolonne', at: 'ved' },
} as const;

/** A refusal about one file of the command line: said with the file's name in front (`people.csv: …`). */
export class FileRefusal extends Error {
  override readonly name = 'FileRefusal';
  constructor(
    readonly fileName: string,
    readonly refusal: SpejlError,
  ) {
    super(`${fileName}: ${refusal.message}`);
  }
}

/**
 * A coded text in the language. The English is the message itself (the catalogue's English for
 * coded refusals, so the console and the CLI say the same); Danish comes from the catalogue.
 */
function said(code: string | undefined, params: Record<string, string | number> | undefined, message: string, language: Language): string {
  return language === 'en' ? message : (renderError(code, params, language) ?? message);
}

/** An issue with its place, in the language: `line 214, column manager_id: …`; a coded issue names its field itself. */
function issueLine(issue: InputIssue, language: Language): string {
  const words = WORDS[language];
  const text = said(issue.code, issue.params, issue.message, language);
  const where = [
    issue.file,
    issue.line !== undefined ? `${words.line} ${issue.line}` : undefined,
    issue.column !== undefined ? `${words.column} ${issue.column}` : undefined,
    issue.path !== undefined && !issue.code ? `${words.at} ${issue.path}` : undefined,
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${text}` : text;
}

function writeRefusal(error: SpejlError, write: (text: string) => void, language: Language, prefix: string): void {
  const message = said(error.coded?.code, error.coded?.params, error.message, language);
  write(`${WORDS[language].error}: ${prefix}${message}\n`);
  // A refused file's one issue is its message: said once is enough.
  const only = error.issues.length === 1 ? error.issues[0]! : undefined;
  const repeated = only !== undefined && message.endsWith(said(only.code, only.params, only.message, language));
  if (!repeated) for (const issue of error.issues) write(`  ${issueLine(issue, language)}\n`);
}

/** What a failure the domain did not code is, when the command line can tell: the database in use or out of reach. */
function codedFailure(error: unknown): CodedError {
  if (error instanceof DataDirInUseError && error.pid !== undefined) return { code: 'cli.databaseInUse', params: { dataDir: error.dataDir, pid: error.pid } };
  const reason = (error as { code?: unknown } | null)?.code;
  if (typeof reason === 'string' && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|28P01|3D000)$/.test(reason)) return { code: 'cli.databaseUnreachable', params: { reason } };
  return { code: 'cli.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } };
}

/** A code's text in the language. */
export function cliText<C extends ErrorCode>(code: C, params: ErrorParams<C>, language: Language): string {
  return renderError(code, params, language) ?? code;
}

/** A warning line (`advarsel: …`) for a code, in the language. */
export function warningLine<C extends ErrorCode>(code: C, params: ErrorParams<C>, language: Language): string {
  return `${WORDS[language].warning}: ${cliText(code, params, language)}\n`;
}

/**
 * Writes an error the way a person can act on it (every issue on its own line), in the same words
 * as the console, and returns the exit code. Nothing reaches the reader as a bare English
 * message: commander's complaints, the CLI's own refusals and the domain's are all coded.
 */
export function reportError(error: unknown, write: (text: string) => void = (t) => process.stderr.write(t), language: Language = 'da'): number {
  const words = WORDS[language];
  if (error instanceof CommanderError) {
    if (HELP_CODES.has(error.code)) return error.exitCode;
    const coded = codedCommanderError(error);
    write(`${words.error}: ${coded ? cliText(coded.code as ErrorCode, coded.params as never, language) : error.message.replace(/^error: /, '')}\n`);
    return error.exitCode || 1;
  }
  if (error instanceof FileRefusal) writeRefusal(error.refusal, write, language, `${error.fileName}: `);
  else if (error instanceof SpejlError) writeRefusal(error, write, language, '');
  else if (error instanceof ZodError) {
    write(`${words.error}: ${words.invalid}\n`);
    for (const issue of codedZodIssues(error)) write(`  ${issueLine(language === 'en' ? { ...issue, code: undefined } : issue, language)}\n`);
  } else {
    const coded = codedFailure(error);
    write(`${words.error}: ${cliText(coded.code as ErrorCode, coded.params as never, language)}\n`);
  }
  return 1;
}
