import { describe, expect, it } from 'vitest';
import { openQuestionKeys, renderTheme } from '@spejl/plugin-sdk';
import theme from '../src/index.ts';

describe('faglig-ledelse open questions', () => {
  it('asks two questions of its own, about professional leadership', () => {
    expect(openQuestionKeys([theme])).toEqual(['faglig-ledelse.styrker', 'faglig-ledelse.oenske']);
    expect(theme.questions!.every((q) => /faglig/.test(q.text.employee.da))).toBe(true);
  });

  it('is worded for every declared role in Danish and English', () => {
    for (const role of theme.roles) {
      for (const locale of theme.locales) {
        const shown = renderTheme(theme, { role, locale, framing: null }).questions;
        expect(shown).toHaveLength(2);
        expect(shown.every((q) => q.text.endsWith('?'))).toBe(true);
      }
    }
  });
});
