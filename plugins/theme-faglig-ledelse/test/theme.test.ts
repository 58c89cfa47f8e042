import { describe, expect, it } from 'vitest';
import { renderTheme } from '@spejl/plugin-sdk';
import { expectThemeComplete } from '@spejl/plugin-testing';
import theme from '../src/index.ts';

describe('theme faglig-ledelse', () => {
  it('is complete: every item has every role’s text in Danish and English', () => {
    expect(() => expectThemeComplete(theme)).not.toThrow();
  });

  it('asks four statements with ids that can stand in a response file', () => {
    expect(theme.items.map((i) => `${theme.id}.${i.id}`)).toEqual(['faglig-ledelse.retning', 'faglig-ledelse.sparring', 'faglig-ledelse.prioritering', 'faglig-ledelse.udvikling']);
  });

  it('fills a hospital ward’s example into every role’s intro', () => {
    const framing = { sector: 'region' as const, defaultExample: null, faggruppeExamples: {} };
    for (const role of ['employee', 'self', 'superior'] as const) {
      expect(renderTheme(theme, { role, locale: 'da', framing }).intro).toMatch(/for fx patienter og pårørende\.$/);
    }
  });
});
