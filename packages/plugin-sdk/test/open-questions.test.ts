import { describe, expect, it } from 'vitest';
import { buildLocalTheme, defineTheme, openQuestionKeys, parseTheme, PluginDefinitionError, renderTheme } from '../src/index.ts';
import { validThemeInput } from './fixture-theme.ts';

const both = (da: string, en: string) => ({ da, en });
const question = (id: string) => ({
  id,
  label: both('Særligt godt', 'Particularly good'),
  text: { employee: both('Hvad gør din leder godt?', 'What does your leader do well?'), self: both('Hvad gør du godt?', 'What do you do well?'), superior: both('Hvad gør lederen godt?', 'What does the leader do well?') },
});

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseTheme(input);
  } catch (error) {
    if (error instanceof PluginDefinitionError) return error.issues;
    throw error;
  }
  return expect.unreachable('expected the theme to be rejected');
}

describe('open questions in a theme', () => {
  it('are optional, kept in order and rendered in the role and language asked', () => {
    expect(parseTheme(validThemeInput()).questions).toBeUndefined();
    const theme = parseTheme({ ...validThemeInput(), questions: [question('godt'), question('bedre')] });
    expect(openQuestionKeys([theme])).toEqual(['tillid.godt', 'tillid.bedre']);
    const shown = renderTheme(theme, { role: 'self', locale: 'en', framing: null });
    expect(shown.questions).toEqual([
      { id: 'godt', label: 'Particularly good', text: 'What do you do well?' },
      { id: 'bedre', label: 'Particularly good', text: 'What do you do well?' },
    ]);
  });

  it('name a missing role wording and a missing locale by path', () => {
    const q = question('godt');
    const noSuperior = { ...q, text: { employee: q.text.employee, self: { da: 'Hvad gør du godt?' } } };
    expect(issuesOf({ ...validThemeInput(), questions: [noSuperior] })).toEqual([
      { path: 'questions.0.text.self.en', message: 'missing the "en" text' },
      { path: 'questions.0.text.superior', message: 'missing the superior question (needs da, en)' },
    ]);
  });

  it('reject a wording for an undeclared role, a bad id, a duplicate id and too many questions', () => {
    const q = question('godt');
    const extraRole = { ...q, text: { ...q.text, peer: both('x', 'x') } };
    expect(issuesOf({ ...validThemeInput(), questions: [extraRole] })).toEqual([
      { path: 'questions.0.text', message: '"peer" is not a declared role; declared: employee, self, superior' },
    ]);
    expect(issuesOf({ ...validThemeInput(), questions: [question('Godt svar')] })[0]?.path).toBe('questions.0.id');
    expect(issuesOf({ ...validThemeInput(), questions: [question('godt'), question('godt')] })).toEqual([
      { path: 'questions.1.id', message: 'duplicate question id "godt" (also questions.0.id)' },
    ]);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map(question);
    expect(issuesOf({ ...validThemeInput(), questions: six })).toEqual([{ path: 'questions', message: 'a theme has at most 5 open questions' }]);
    expect(issuesOf({ ...validThemeInput(), questions: 'godt' })).toEqual([{ path: 'questions', message: 'must be a list of open questions' }]);
  });

  it('may share an id with an item: the comment column is comment.<theme>.<question>, apart from <theme>.<item>', () => {
    const theme = parseTheme({ ...validThemeInput(), questions: [question('aabenhed')] });
    expect(openQuestionKeys([theme])).toEqual(['tillid.aabenhed']);
  });

  it('are typed against the declared roles', () => {
    expect(() =>
      defineTheme({
        id: 'typer', version: '1.0.0', roles: ['employee'], locales: ['da'], title: { da: 't' }, about: { what: { da: 'a' }, why: { da: 'b' } },
        intro: { employee: { da: 'i' } },
        items: [{ id: 'x', label: { da: 'x' }, text: { employee: { da: 'x' } } }],
        // @ts-expect-error the employee wording is missing
        questions: [{ id: 'q', label: { da: 'q' }, text: {} }],
      }),
    ).toThrow(/questions.0.text.employee: missing the employee question/);
  });
});

describe('local open questions', () => {
  const statement = { id: 'trivsel', label: both('Trivsel', 'Well-being'), text: { employee: both('a', 'a'), self: both('b', 'b'), superior: both('c', 'c') } };

  it('ride with the local statements under the reserved theme id, so their ids read lokale.<question>', () => {
    const theme = buildLocalTheme({ revision: 2, items: [statement], questions: [question('ellers')] });
    expect(openQuestionKeys([theme])).toEqual(['lokale.ellers']);
    expect(theme.locales).toEqual(['da', 'en']);
  });

  it('keep English off when a local question has only Danish, and are validated like a plugin theme', () => {
    const danish = { ...question('ellers'), label: { da: 'Ellers' } };
    expect(buildLocalTheme({ revision: 1, items: [statement], questions: [danish] }).locales).toEqual(['da']);
    expect(() => buildLocalTheme({ revision: 1, items: [statement], questions: [question('x'), question('x')] })).toThrow(/questions.1.id: duplicate question id "x"/);
  });
});
