import { readFileSync } from 'node:fs';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError, detailLines, issueText } from '../src/api/errors.ts';
import { CATALOGUE } from '@spejl/error-catalogue';
import { i18n } from '../src/i18n/index.ts';

/** A refused upload as the client receives it: the server's English sentence and its coded issues. */
function refusedFile(issues: unknown[]) {
  return TRPCClientError.from({ error: { code: -32600, message: 'the file is empty (0 bytes); export the file again', data: { code: 'BAD_REQUEST', httpStatus: 400, issues } } });
}

const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});

describe('file problems in the console', () => {
  it('says an empty upload is empty in Danish, not "contentBase64: Too small"', () => {
    i18n.global.locale.value = 'da';
    const shown = describeError(refusedFile([{ code: 'file.empty', params: {}, message: 'the file is empty (0 bytes); export the file from the HR system again and upload that' }]));
    expect(detailLines(shown, t)).toEqual(['Filen er tom (0 byte). Eksportér filen fra HR-systemet igen, og upload den.']);
  });

  it('fills in the values and keeps line and column, in both languages', () => {
    const issue = { line: 1, column: 'email', code: 'file.duplicateHeader', params: { header: 'email', first: 'C (3)', second: 'E (5)' }, message: 'the header "email" names both column C (3) and column E (5); …' };
    i18n.global.locale.value = 'da';
    expect(detailLines(describeError(refusedFile([issue])), t)).toEqual(['linje 1 · email: Kolonnenavnet "email" står både i kolonne C (3) og kolonne E (5). Giv hver kolonne sit eget navn, eller slet den, Spejl ikke skal læse.']);
    i18n.global.locale.value = 'en';
    expect(issueText(issue, t)).toBe('The header "email" names both column C (3) and column E (5). Give each column its own name, or delete the one Spejl should not read.');
    i18n.global.locale.value = 'da';
  });

  it('tells an admin in Danish what the import did with a value that looks like a formula', () => {
    i18n.global.locale.value = 'da';
    const issue = { line: 2, column: 'name', code: 'file.formulaLike', params: { value: '=HYPERLINK("http://x.example","Klik")', first: '=', lines: '2', count: 1 }, message: '…' };
    expect(issueText(issue, t)).toBe('"=HYPERLINK("http://x.example","Klik")" begynder med "=", som et regneark ville køre som en formel (linje 2). Den gemmes som tekst, og Spejls eksporter sætter et \' foran, så regnearket viser den som tekst.');
  });

  it('never shows the server\'s English for a code it does not know, nor for issues without a code', () => {
    i18n.global.locale.value = 'da';
    expect(issueText({ code: 'file.somethingNew', message: 'the server says so' }, t)).toBe('Værdien kan ikke bruges. Ret den, og prøv igen.');
    expect(issueText({ line: 3, message: '"1004" is not a leader' }, t)).toBe('Værdien kan ikke bruges. Ret den, og prøv igen.');
  });

  it('has every file problem the server can send in the shared catalogue (whose test checks both languages)', () => {
    const source = readFileSync(new URL('../../../packages/core/src/files/file-issues.ts', import.meta.url), 'utf8');
    const body = source.slice(source.indexOf('const TEXTS = {'), source.indexOf('} satisfies'));
    const codes = [...body.matchAll(/^ {2}(\w+): \(/gm)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect(Object.keys(CATALOGUE), code).toContain(`file.${code}`);
  });
});
