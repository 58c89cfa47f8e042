import { describe, expect, it } from 'vitest';
import { openQuestionKeys, renderTheme } from '@spejl/plugin-sdk';
import { missingThemeTexts } from '@spejl/plugin-testing';
import theme from '../src/index.ts';

describe('borgerorientering open questions', () => {
  it('asks godt and bedre, named as the responses file columns name them', () => {
    expect(openQuestionKeys([theme])).toEqual(['borgerorientering.godt', 'borgerorientering.bedre']);
    expect(missingThemeTexts(theme).filter((path) => path.startsWith('questions'))).toEqual([]);
  });

  it('words them for employees as the issue gives them, for the leader in I-form and for the superior about the leader', () => {
    const [godt, bedre] = theme.questions!;
    expect(godt!.text.employee.da).toBe('Hvad gør din leder særligt godt, når det gælder borgerorientering?');
    expect(bedre!.text.employee.da).toBe('Hvad kunne din leder gøre bedre?');
    expect(theme.questions!.every((q) => q.text.self.da.includes(' du ') && q.text.superior.da.includes(' lederen '))).toBe(true);
    expect(renderTheme(theme, { role: 'superior', locale: 'en', framing: null }).questions.map((q) => q.text)).toEqual([
      'What does the leader do particularly well when it comes to citizen orientation?',
      'What could the leader do better?',
    ]);
  });
});
