import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError, detailLines, headlineOf } from '../src/api/errors.ts';
import { i18n } from '../src/i18n/index.ts';

/** A tRPC error as the server's error formatter sends a coded refusal with its issues. */
function serverError(code: string, issues: unknown[], errorCode: string, errorParams: Record<string, string | number>) {
  return TRPCClientError.from({ error: { code: -32600, message: 'English for logs', data: { code, httpStatus: 409, issues, errorCode, errorParams } } });
}

const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});

describe('refusals of a responses import in the console', () => {
  it('says in Danish why a round with link answers takes no file, and how many problems were left out of a list', () => {
    i18n.global.locale.value = 'da';
    const linked = describeError(serverError('CONFLICT', [{ code: 'responses.roundHasLinkForms', params: { count: 1 }, message: '…' }], 'responses.roundHasLinkForms', { count: 1 }));
    expect(headlineOf(linked, t)).toMatch(/^Målingen har 1 skema besvaret via personlige links\./);
    const open = describeError(serverError('CONFLICT', [{ code: 'responses.roundNotClosed', params: {}, message: '…' }], 'responses.roundNotClosed', {}));
    expect(headlineOf(open, t)).toMatch(/^Skemaer kan kun importeres i en lukket måling/);
    const many = describeError(serverError('BAD_REQUEST', [{ line: 2, column: 'subject_id', code: 'file.moreProblems', params: { count: 2499000 }, message: '…' }], 'responses.fileHasProblems', { fileName: 'papir.csv', count: 2500000 }));
    expect(detailLines(many, t)).toContainEqual(expect.stringMatching(/Og 2499000 fejl mere, som ikke er vist/));
    i18n.global.locale.value = 'en';
    expect(headlineOf(describeError(serverError('CONFLICT', [{ code: 'responses.roundHasLinkForms', params: { count: 3 }, message: '…' }], 'responses.roundHasLinkForms', { count: 3 })), t)).toMatch(/^The round holds 3 forms answered through personal links/);
  });
});
