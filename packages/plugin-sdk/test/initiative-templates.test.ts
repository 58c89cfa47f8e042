import { describe, expect, it } from 'vitest';
import { PluginDefinitionError, parseTheme } from '../src/index.ts';
import { validThemeInput } from './fixture-theme.ts';

const template = (edit: Record<string, unknown> = {}) => ({
  id: 'faelles-video',
  title: { da: 'En fælles video', en: 'A shared video' },
  description: { da: 'Se videoen på et personalemøde.', en: 'Watch the video at a staff meeting.' },
  followUpMonths: 2,
  ...edit,
});

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseTheme(input);
  } catch (error) {
    if (error instanceof PluginDefinitionError) return error.issues;
    throw error;
  }
  return [];
}

describe('initiative templates (SDK 1.4)', () => {
  it('keeps a theme without templates valid, as before', () => {
    const theme = parseTheme(validThemeInput());
    expect(theme.initiatives).toBeUndefined();
  });

  it('takes templates with a title and description in every locale and a follow-up in months', () => {
    const theme = parseTheme({ ...validThemeInput(), initiatives: [template()] });
    expect(theme.initiatives).toEqual([template()]);
    expect(Object.isFrozen(theme.initiatives?.[0])).toBe(true);
  });

  it('names the path of a missing locale, a follow-up out of range and a duplicate id', () => {
    const issues = issuesOf({
      ...validThemeInput(),
      initiatives: [template({ title: { da: 'Kun dansk' } }), template({ id: 'anden', followUpMonths: 0 }), template({ id: 'anden', followUpMonths: 2.5 })],
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('initiatives.0.title.en');
    expect(issues.find((i) => i.path === 'initiatives.1.followUpMonths')?.message).toBe('followUpMonths must be at least 1');
    expect(issues.find((i) => i.path === 'initiatives.2.followUpMonths')?.message).toBe('followUpMonths must be a whole number of months');
    expect(issues.find((i) => i.path === 'initiatives.2.id')?.message).toMatch(/duplicate initiative template id "anden"/);
  });
});
