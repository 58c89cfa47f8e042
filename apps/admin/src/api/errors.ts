import { TRPCClientError } from '@trpc/client';

/** One problem the server found in the input, located by field path when it has one. */
export interface FieldIssue {
  path?: string;
  message: string;
}

/** What the console shows for a failed request: an i18n key for the headline, the server's specifics beneath. */
export interface ShownError {
  key: string;
  detail: string | null;
  issues: FieldIssue[];
}

const KEY_OF_CODE: Record<string, string> = {
  UNAUTHORIZED: 'common.errors.unauthorized',
  FORBIDDEN: 'common.errors.forbidden',
  NOT_FOUND: 'common.errors.notFound',
  CONFLICT: 'common.errors.conflict',
  BAD_REQUEST: 'common.errors.badInput',
};

function issuesFrom(data: unknown): FieldIssue[] {
  if (typeof data !== 'object' || data === null || !('issues' in data) || !Array.isArray(data.issues)) return [];
  return data.issues.filter((i): i is FieldIssue => typeof i === 'object' && i !== null && typeof i.message === 'string');
}

/** Turns anything a request threw into what a person can read and act on. */
export function describeError(error: unknown): ShownError {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const code = typeof data === 'object' && data !== null && 'code' in data ? String(data.code) : '';
    const key = KEY_OF_CODE[code] ?? (code ? 'common.errors.generic' : 'common.errors.network');
    return { key, detail: error.message || null, issues: issuesFrom(data) };
  }
  return { key: 'common.errors.generic', detail: error instanceof Error ? error.message : null, issues: [] };
}

/** The server's issue for one form field (matched by path), so the form can show it beside the field. */
export function issueFor(error: ShownError | null, path: string): string | undefined {
  return error?.issues.find((issue) => issue.path === path)?.message;
}
