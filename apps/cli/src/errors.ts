import { ZodError } from 'zod';
import { codedZodIssues, renderError, SpejlError, type InputIssue, type Language } from '@spejl/core';

/** The language errors are said in: `--lang`, else the locale of the shell (LANG=da_DK… → Danish), else English. */
export function cliLanguage(option: unknown, env: NodeJS.ProcessEnv = process.env): Language {
  const wanted = typeof option === 'string' ? option : (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^da\b|^da[_-]/i.test(wanted) ? 'da' : 'en';
}

const WORDS = {
  en: { error: 'error', invalid: 'invalid input', line: 'line', column: 'column', at: 'at' },
  da: { error: 'fejl', invalid: 'ugyldigt input', line: 'linje', column: 'kolonne', at: 'ved' },
} as const;

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
    issue.line !== undefined ? `${words.line} ${issue.line}` : undefined,
    issue.column !== undefined ? `${words.column} ${issue.column}` : undefined,
    issue.path !== undefined && !issue.code ? `${words.at} ${issue.path}` : undefined,
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${text}` : text;
}

/** Writes an error the way a person can act on it (every issue on its own line), in the same words as the console, and returns the exit code. */
export function reportError(error: unknown, write: (text: string) => void = (t) => process.stderr.write(t), language: Language = 'en'): number {
  const words = WORDS[language];
  if (error instanceof SpejlError) {
    const message = said(error.coded?.code, error.coded?.params, error.message, language);
    write(`${words.error}: ${message}\n`);
    const lines = error.issues.map((issue) => issueLine(issue, language));
    // A refused file's one issue is its message: said once is enough.
    const only = error.issues.length === 1 ? error.issues[0]! : undefined;
    const repeated = only !== undefined && message.endsWith(said(only.code, only.params, only.message, language));
    if (!repeated) for (const line of lines) write(`  ${line}\n`);
  } else if (error instanceof ZodError) {
    write(`${words.error}: ${words.invalid}\n`);
    for (const issue of codedZodIssues(error)) write(`  ${issueLine(language === 'en' ? { ...issue, code: undefined } : issue, language)}\n`);
  } else {
    write(`${words.error}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return 1;
}
