import type { z } from 'zod';
import { isErrorCode, type ErrorCode, type ErrorParams } from '@spejl/error-catalogue';
import { codedIssue, type InputIssue } from './spejl-error.ts';

type ZodIssue = z.core.$ZodIssue;

/**
 * The params of a custom zod issue that names its own code: a schema says a refusal more
 * precisely than "not filled in correctly" with `ctx.addIssue({ code: 'custom', params: { code, ...values } })`.
 */
export function codedParams<C extends ErrorCode>(code: C, values: ErrorParams<C>): Record<string, unknown> {
  return { code, ...values };
}

function customCode(issue: ZodIssue, field: string): InputIssue | undefined {
  if (issue.code !== 'custom' || !isErrorCode(issue.params?.code)) return undefined;
  const { code, ...values } = issue.params as { code: ErrorCode } & Record<string, string | number>;
  return codedIssue(code, { field, ...values } as never);
}

function codeOf(issue: ZodIssue, field: string): InputIssue {
  const custom = customCode(issue, field);
  if (custom) return custom;
  if (issue.code === 'too_small') {
    const limit = Number(issue.minimum);
    if (issue.origin === 'string' && limit <= 1) return codedIssue('input.empty', { field });
    return codedIssue('input.tooSmall', { field, limit });
  }
  if (issue.code === 'too_big') {
    const limit = Number(issue.maximum);
    return codedIssue(issue.origin === 'string' ? 'input.tooLong' : 'input.tooBig', { field, limit });
  }
  return codedIssue('input.invalid', { field });
}

/**
 * Each zod issue as a coded InputIssue (`input.empty`, `input.tooLong` …) that names its field,
 * so clients say it in their reader's language; zod's own English stays only as the log text in `message`.
 */
export function codedZodIssues(error: z.ZodError, prefix: readonly string[] = []): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map(String)].join('.');
    // zod's English stays as the message for logs and tests; clients word the code.
    return { ...codeOf(issue, path), message: issue.message, ...(path ? { path } : {}) };
  });
}
