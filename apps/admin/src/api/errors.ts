import { TRPCClientError } from '@trpc/client';

/** One problem the server found in the input: by field path, or by line and column of an uploaded file. */
export interface FieldIssue {
  path?: string;
  line?: number;
  column?: string;
  message: string;
  /** A file problem's code (`file.empty`), which the console says in its own words; the message is English. */
  code?: string;
  params?: Record<string, string | number>;
}

/** What the console shows for a failed request: an i18n key for the headline, the server's specifics beneath. */
export interface ShownError {
  key: string;
  detail: string | null;
  issues: FieldIssue[];
}

/** The translator the console's components get from `useI18n()`, narrowed to what framing an error needs. */
export type Translate = (key: string, named?: Record<string, unknown>) => string;

const KEY_OF_CODE: Record<string, string> = {
  UNAUTHORIZED: 'common.errors.unauthorized',
  FORBIDDEN: 'common.errors.forbidden',
  NOT_FOUND: 'common.errors.notFound',
  CONFLICT: 'common.errors.conflict',
  BAD_REQUEST: 'common.errors.badInput',
  TOO_MANY_REQUESTS: 'common.errors.tooManyRequests',
  INTERNAL_SERVER_ERROR: 'common.errors.generic',
  SERVICE_UNAVAILABLE: 'common.errors.databaseUnavailable',
};

/** Codes whose headline says all a person can act on: the server's English sentence would add nothing. */
const HEADLINE_ONLY = new Set(['SERVICE_UNAVAILABLE']);

function issuesFrom(data: unknown): FieldIssue[] {
  if (typeof data !== 'object' || data === null || !('issues' in data) || !Array.isArray(data.issues)) return [];
  return data.issues.filter((i): i is FieldIssue => typeof i === 'object' && i !== null && typeof i.message === 'string');
}

/** Turns anything a request threw into what a person can read and act on. */
export function describeError(error: unknown): ShownError {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const code = typeof data === 'object' && data !== null && 'code' in data ? String(data.code) : '';
    const issues = issuesFrom(data);
    const key = code === 'BAD_REQUEST' && issues.length ? 'common.errors.correct' : (KEY_OF_CODE[code] ?? (code ? 'common.errors.generic' : 'common.errors.network'));
    return { key, detail: HEADLINE_ONLY.has(code) ? null : error.message || null, issues };
  }
  return { key: 'common.errors.generic', detail: error instanceof Error ? error.message : null, issues: [] };
}

/** Where the console keeps the words for each family of coded issues: `file.empty` → `files.empty`. */
const MESSAGES_OF_CODE_FAMILY: Record<string, string> = {
  file: 'files',
  people: 'peopleIssues',
};

/** What an issue says, in the reader's language when the console knows its code (`file.empty` → `files.empty`), else the server's text. */
export function issueText(issue: FieldIssue, t: Translate): string {
  const dot = issue.code?.indexOf('.') ?? -1;
  const family = dot > 0 ? MESSAGES_OF_CODE_FAMILY[issue.code!.slice(0, dot)] : undefined;
  if (!family) return issue.message;
  const key = `${family}.${issue.code!.slice(dot + 1)}`;
  const text = t(key, issue.params ?? {});
  return text === key ? issue.message : text;
}

/** One issue as a line under the headline: "linje 3 · subject_id · …" or "settings.name: …". */
export function issueLine(issue: FieldIssue, t: Translate): string {
  const where = [issue.line !== undefined ? t('common.errors.line', { n: issue.line }) : '', issue.column ?? '', issue.path ?? ''].filter(Boolean).join(' · ');
  const text = issueText(issue, t);
  return where ? `${where}: ${text}` : text;
}

/** The specifics beneath the headline: the issues when there are any (the server's message only strings them together), else its own sentence. */
export function detailLines(error: ShownError, t: Translate): string[] {
  if (error.issues.length) return error.issues.map((issue) => issueLine(issue, t));
  return error.detail ? [error.detail] : [];
}

/** The whole error as one sentence for a toast: the localized headline, then the server's specifics. */
export function errorSentence(error: ShownError, t: Translate): string {
  const lines = detailLines(error, t);
  return lines.length ? `${t(error.key)} ${t('common.errors.details')} ${lines.join('; ')}` : t(error.key);
}

/** The server's issue for one form field (matched by path), so the form can show it beside the field. */
export function issueFor(error: ShownError | null, path: string): string | undefined {
  return error?.issues.find((issue) => issue.path === path)?.message;
}
