import { readFileSync } from 'node:fs';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError, detailLines, issueText } from '../src/api/errors.ts';
import { CATALOGUE } from '@spejl/error-catalogue';
import { i18n } from '../src/i18n/index.ts';
import { readingOffer, readingUsed, sharePercent } from '../src/pages/people/import-wording.ts';

const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});

/** A refusal as the client receives it: the server's English sentence and its coded issue. */
function refused(issue: Record<string, unknown>) {
  return TRPCClientError.from({ error: { code: -32600, message: String(issue.message), data: { code: 'BAD_REQUEST', httpStatus: 400, issues: [issue] } } });
}

describe('refusals of changes to the leadership chain in the console', () => {
  it('says in Danish why a person cannot report to someone in their own chain, without "managerId: is below the person"', () => {
    i18n.global.locale.value = 'da';
    const issue = {
      code: 'people.managerInOwnChain',
      params: { person: '1002 (Ole Kjærgaard)', manager: '1006 (Jens Lund)', personName: 'Ole Kjærgaard', managerName: 'Jens Lund' },
      message: "1006 (Jens Lund) is in 1002 (Ole Kjærgaard)'s own chain, so Ole Kjærgaard cannot report to them; …",
    };
    const lines = detailLines(describeError(refused(issue)), t);
    expect(lines).toEqual(['1006 (Jens Lund) er under 1002 (Ole Kjærgaard) i ledelseskæden, så Ole Kjærgaard kan ikke have Jens Lund som leder. Vælg en leder uden for kæden, eller flyt Jens Lund først.']);
    expect(lines.join()).not.toMatch(/managerId|below the person/);
    i18n.global.locale.value = 'en';
    expect(issueText(issue, t)).toBe('1006 (Jens Lund) is below 1002 (Ole Kjærgaard) in the leadership chain, so Ole Kjærgaard cannot report to Jens Lund. Choose a manager outside the chain, or move Jens Lund first.');
    i18n.global.locale.value = 'da';
  });

  it('names the numbers when an import past the limit was not confirmed', () => {
    i18n.global.locale.value = 'da';
    const issue = { code: 'people.largeChange', params: { left: 320, moved: 41, people: 1000, limit: 10 }, message: 'this import marks 320 of the 1000 people …' };
    expect(issueText(issue, t)).toMatch(/^Importen markerer 320 af de 1000 personer som fratrådt og flytter 41 til en ny leder\. Det er mere end de 10 %/);
  });

  it('has every refusal the server can send in the shared catalogue (whose test checks both languages)', () => {
    const source = readFileSync(new URL('../../../packages/core/src/hierarchy/people-issues.ts', import.meta.url), 'utf8');
    const body = source.slice(source.indexOf('const TEXTS = {'), source.indexOf('} satisfies'));
    const codes = [...body.matchAll(/^ {2}(\w+): \(/gm)].map((m) => m[1]!);
    expect(codes).toContain('managerInOwnChain');
    for (const code of codes) expect(Object.keys(CATALOGUE), code).toContain(`people.${code}`);
  });
});

describe('the words of the import page', () => {
  it('offers a reading by its separator, and says how a file was read', () => {
    i18n.global.locale.value = 'da';
    expect(readingOffer({ delimiter: '|' }, t)).toBe('Læs filen med | som skilletegn');
    expect(readingOffer({ delimiter: '\t' }, t)).toBe('Læs filen med tabulator som skilletegn');
    expect(readingOffer({ delimiter: ';', unquoteLines: true }, t)).toBe('Læs filen uden anførselstegn om hver linje, med ; som skilletegn');
    expect(readingUsed({ delimiter: '|' }, t)).toBe('Læst med | som skilletegn.');
    expect(readingUsed({}, t)).toBeNull();
  });

  it('writes a share the way each language does', () => {
    expect(sharePercent(0.361, 'da')).toBe('36,1\u00a0%');
    expect(sharePercent(0.361, 'en')).toBe('36.1%');
    expect(sharePercent(0.1, 'da')).toBe('10\u00a0%');
  });
});
