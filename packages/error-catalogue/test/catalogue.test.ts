import { describe, expect, it } from 'vitest';
import { CATALOGUE, LANGUAGES, placeholdersOf, renderError, type ErrorCode } from '../src/index.ts';

const codes = Object.keys(CATALOGUE) as ErrorCode[];

describe('the error catalogue', () => {
  it('holds the codes clients already rely on', () => {
    expect(codes.length).toBeGreaterThan(80);
    for (const code of ['file.empty', 'people.cycle', 'people.managerInOwnChain', 'member.alreadyMember', 'report.leaderForbidden', 'input.invalid', 'mail.recipientRefused'] as const) {
      expect(codes).toContain(code);
    }
  });

  it.each(codes)('%s has a Danish and an English text naming the same parameters', (code) => {
    const entry = CATALOGUE[code] as Record<string, unknown>;
    for (const language of LANGUAGES) {
      expect(typeof entry[language], `${code} in ${language}`).toBe('string');
      expect((entry[language] as string).trim().length, `${code} in ${language}`).toBeGreaterThan(10);
    }
    expect(placeholdersOf(CATALOGUE[code].da), code).toEqual(placeholdersOf(CATALOGUE[code].en));
    expect(CATALOGUE[code].da, `${code} is not translated`).not.toBe(CATALOGUE[code].en);
  });

  it.each(codes)('%s leaves no placeholder unfilled or broken', (code) => {
    const params = Object.fromEntries(placeholdersOf(CATALOGUE[code].en).map((name) => [name, 2]));
    for (const language of LANGUAGES) {
      const text = renderError(code, params, language)!;
      expect(text, `${code} in ${language}`).not.toMatch(/[{}|]/);
    }
  });
});

describe('rendering a coded error', () => {
  it('says singular and plural in each language', () => {
    expect(renderError('people.noEmail', { count: 1, lines: '4' }, 'da')).toBe('1 person har ingen e-mailadresse (linje 4). Personen kan ikke inviteres på e-mail.');
    expect(renderError('people.noEmail', { count: 3, lines: '4, 5, 9' }, 'da')).toBe('3 personer har ingen e-mailadresse (linjer 4, 5, 9). De kan ikke inviteres på e-mail.');
    expect(renderError('people.noEmail', { count: 1, lines: '4' }, 'en')).toBe('1 person has no email address (line 4). They cannot be invited by email.');
  });

  it('says a round status, a role and a field in the reader\'s language, and never a field path', () => {
    expect(renderError('round.onlyOpenCloses', { status: 'draft' }, 'da')).toBe('Målingen er en kladde. Kun en åben måling kan lukkes.');
    expect(renderError('member.alreadyMember', { email: 'a@b.dk', role: 'analyst' }, 'da')).toBe('a@b.dk er allerede medlem (analytiker).');
    expect(renderError('input.empty', { field: 'contentBase64' }, 'da')).toBe('Filen skal udfyldes.');
    expect(renderError('input.invalid', { field: 'settings.items.2.zzz' }, 'da')).toBe('Et felt er ikke udfyldt rigtigt.');
    expect(renderError('input.invalid', { field: 'items.1.text.self.da' }, 'da')).toBe('Teksten er ikke udfyldt rigtigt.');
  });

  it('writes decimals the way each language does, and line numbers ungrouped', () => {
    expect(renderError('people.largeChange', { left: 41, people: 1320, moved: 10, limit: 15.9 }, 'da')).toContain('41 af de 1320 personer');
    expect(renderError('people.largeChange', { left: 41, people: 1320, moved: 10, limit: 15.9 }, 'da')).toContain('15,9 %');
  });

  it('says why a superior cannot be a peer in whole Danish', () => {
    expect(renderError('peers.isSuperior', { peer: 'Ole Kjærgaard (1002)', subject: 'Mads Bæk (1004)' }, 'da'))
      .toBe('Ole Kjærgaard (1002) er overordnet leder for Mads Bæk (1004), svarer om vedkommende som overordnet og kan derfor ikke også være sideordnet leder.');
  });

  it('knows no code it was not given', () => {
    expect(renderError('nope.nothing', {}, 'da')).toBeUndefined();
    expect(renderError(undefined, {}, 'da')).toBeUndefined();
  });
});
