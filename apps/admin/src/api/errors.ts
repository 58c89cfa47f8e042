import { renderError, type Language } from '@spejl/error-catalogue';
import { TRPCClientError } from '@trpc/client';
import { i18n } from '../i18n/index.ts';

/** One problem the server found in the input: by field path, or by line and column of an uploaded file. */
export interface FieldIssue {
  path?: string;
  line?: number;
  column?: string;
  message: string;
  /** The problem's code (e.g. file.empty), which the console says in the reader's words; the message is English. */
  code?: string;
  params?: Record<string, string | number>;
}

/** What the console shows for a failed request: an i18n key for the headline, the coded specifics beneath in the reader's language. */
export interface ShownError {
  key: string;
  /** The refusal in the reader's language, from its code; null for an uncoded refusal, whose English is never shown. */
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

/** The language coded errors are said in: the console's current one (reading it makes a computed follow a switch). */
function readerLanguage(): Language {
  return i18n.global.locale.value === 'en' ? 'en' : 'da';
}

type Params = Record<string, string | number>;

/**
 * An English catalogue text as the console shows it: written to follow "error:" on a command line,
 * it gets a capital and a full stop here, like the Danish texts have. A text that starts with a
 * value (an e-mail address, a file name) keeps it as written.
 */
export function asSentence(text: string, language: Language): string {
  if (language !== 'en') return text;
  const capital = /^[a-z]+[\s,;:]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return /[.!?:)]$/.test(capital) ? capital : `${capital}.`;
}

/** A catalogue text in the reader's language, as a sentence; undefined for a code the catalogue does not hold. */
function catalogueText(code: string | undefined, params: Params | undefined): string | undefined {
  const language = readerLanguage();
  const text = renderError(code, params, language);
  return text === undefined ? undefined : asSentence(text, language);
}

function isParams(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}

function issuesFrom(data: Record<string, unknown>): FieldIssue[] {
  if (!Array.isArray(data.issues)) return [];
  return data.issues.filter((i): i is FieldIssue => typeof i === 'object' && i !== null && typeof i.message === 'string');
}

/** The refusal itself in the reader's language, when the server gave it a code this console knows. */
function codedDetail(data: Record<string, unknown>): string | null {
  const code = typeof data.errorCode === 'string' ? data.errorCode : undefined;
  return catalogueText(code, isParams(data.errorParams) ? data.errorParams : {}) ?? null;
}

/** Turns anything a request threw into what a person can read and act on: never the server's English. */
export function describeError(error: unknown): ShownError {
  if (error instanceof TRPCClientError) {
    const data: Record<string, unknown> = typeof error.data === 'object' && error.data !== null ? (error.data as Record<string, unknown>) : {};
    const code = typeof data.code === 'string' ? data.code : '';
    const issues = issuesFrom(data).map((issue) => ({ ...issue, message: readerText(issue) }));
    const key = code === 'BAD_REQUEST' && issues.length ? 'common.errors.correct' : (KEY_OF_CODE[code] ?? (code ? 'common.errors.generic' : 'common.errors.network'));
    return { key, detail: HEADLINE_ONLY.has(code) ? null : codedDetail(data), issues };
  }
  return { key: 'common.errors.generic', detail: null, issues: [] };
}

/** An issue from the error catalogue in the reader's language, or undefined for a code it does not hold. */
function readerText(issue: FieldIssue): string {
  return catalogueText(issue.code, issue.params) ?? issue.message;
}

/** What an issue says in the reader's language, from the error catalogue by its code; an issue without a known code says only that the value is wrong. */
export function issueText(issue: FieldIssue, t: Translate): string {
  return catalogueText(issue.code, issue.params) ?? t('common.errors.uncodedIssue');
}

/** One issue as a line under the headline: "linje 3 · subject_id: …"; a coded issue names its field in words, so its path is left out. */
export function issueLine(issue: FieldIssue, t: Translate): string {
  const path = issue.code ? '' : (issue.path ?? '');
  const where = [issue.line !== undefined ? t('common.errors.line', { n: issue.line }) : '', issue.column ?? '', path].filter(Boolean).join(' · ');
  const text = issueText(issue, t);
  return where ? `${where}: ${text}` : text;
}

/**
 * The headline a person reads first: the coded refusal itself when the server gave one (it already
 * says what is wrong and how to fix it), else the console's sentence for the kind of failure.
 */
export function headlineOf(error: ShownError, t: Translate): string {
  return error.detail ?? t(error.key);
}

/** The specifics beneath the headline, in the reader's language: each issue, except one that only repeats the coded refusal. */
export function detailLines(error: ShownError, t: Translate): string[] {
  return error.issues.filter((issue) => issue.message !== error.detail).map((issue) => issueLine(issue, t));
}

/** Whether the specifics need a "Detaljer:" lead: only beneath a generic headline that does not already lead into them. */
export function needsDetailLead(error: ShownError, headline: string): boolean {
  return error.detail === null && !headline.endsWith(':');
}

/** The whole error as one text for a toast: the coded refusal (or the kind of failure), then what else the server found. */
export function errorSentence(error: ShownError, t: Translate): string {
  const headline = headlineOf(error, t);
  const lines = detailLines(error, t);
  if (!lines.length) return headline;
  const lead = needsDetailLead(error, headline) ? ` ${t('common.errors.details')}` : '';
  return `${headline}${lead} ${lines.join('; ')}`;
}

/** The server's issue for one form field (matched by path) in the reader's language, so the form can show it beside the field. */
export function issueFor(error: ShownError | null, path: string): string | undefined {
  const issue = error?.issues.find((i) => i.path === path);
  return issue?.code ? issue.message : undefined;
}
