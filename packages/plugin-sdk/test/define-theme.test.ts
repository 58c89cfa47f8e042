import { describe, expect, it } from 'vitest';
import { PluginDefinitionError, parseTheme, defineTheme } from '../src/index.ts';
import { validThemeInput } from './fixture-theme.ts';

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseTheme(input);
  } catch (error) {
    if (error instanceof PluginDefinitionError) return error.issues;
    throw error;
  }
  throw new Error('expected the theme to be rejected');
}

function broken(edit: (theme: ReturnType<typeof validThemeInput>) => void) {
  const theme = validThemeInput();
  edit(theme);
  return issuesOf(theme);
}

const item = (theme: ReturnType<typeof validThemeInput>, i: number) => theme.items[i] as { id: string; text: Record<string, Record<string, unknown>> };

describe('parseTheme', () => {
  it('accepts a complete theme, defaults the scale and freezes it', () => {
    const theme = parseTheme(validThemeInput());
    expect(theme.scale).toBe('agree5');
    expect(theme.kind).toBe('theme');
    expect(Object.isFrozen(theme.items[0]?.text.employee)).toBe(true);
  });

  it('names a missing role text by path', () => {
    expect(broken((t) => delete item(t, 1).text.superior)).toEqual([
      { path: 'items.1.text.superior', message: 'missing the superior statement (needs da, en)' },
    ]);
  });

  it('names a missing locale', () => {
    expect(broken((t) => delete item(t, 0).text.self!.en)).toEqual([{ path: 'items.0.text.self.en', message: 'missing the "en" text' }]);
  });

  it('rejects an empty text', () => {
    expect(broken((t) => (item(t, 0).text.employee!.da = '  '))).toEqual([{ path: 'items.0.text.employee.da', message: 'the "da" text is empty' }]);
  });

  it('rejects a text for a role the theme did not declare', () => {
    const issues = broken((t) => (t.roles = ['employee', 'self']));
    expect(issues.map((i) => i.path)).toContain('intro');
    expect(issues.find((i) => i.path === 'items.0.text')?.message).toBe('"superior" is not a declared role; declared: employee, self');
  });

  it('rejects a locale that is not declared', () => {
    expect(broken((t) => ((t.title as Record<string, string>).de = 'Vertrauen'))).toEqual([
      { path: 'title', message: '"de" is not a declared locale; declared: da, en' },
    ]);
  });

  it('asks peers only in a theme that words every intro and item for them', () => {
    const issues = broken((t) => (t.roles = ['employee', 'self', 'superior', 'peer']));
    expect(issues).toEqual(expect.arrayContaining([
      { path: 'intro.peer', message: 'missing the peer intro (needs da, en)' },
      { path: 'items.0.text.peer', message: 'missing the peer statement (needs da, en)' },
      { path: 'items.1.text.peer', message: 'missing the peer statement (needs da, en)' },
    ]));
    const worded = validThemeInput();
    worded.roles = ['employee', 'self', 'superior', 'peer'];
    (worded.intro as Record<string, unknown>).peer = { da: 'Om din kollega.', en: 'About your colleague.' };
    for (const it of worded.items) (it.text as Record<string, unknown>).peer = { da: 'Lederen deler viden.', en: 'The leader shares knowledge.' };
    expect(defineTheme(worded as never).roles).toEqual(['employee', 'self', 'superior', 'peer']);
  });

  it('rejects unknown roles', () => {
    expect(broken((t) => (t.roles = ['chef']))[0]?.message).toBe('"chef" is not a rater role; use employee, self, superior, peer');
  });

  it('requires Danish among the locales', () => {
    expect(broken((t) => (t.locales = ['en']))).toEqual([{ path: 'locales', message: 'must include "da": every theme ships Danish, the default language' }]);
  });

  it('rejects duplicate item ids, naming both places', () => {
    expect(broken((t) => (item(t, 1).id = 'aabenhed'))).toEqual([{ path: 'items.1.id', message: 'duplicate item id "aabenhed" (also items.0.id)' }]);
  });

  it('rejects ids that cannot stand in a file column', () => {
    expect(broken((t) => (item(t, 0).id = 'Åben.hed'))).toEqual([
      { path: 'items.0.id', message: '"Åben.hed" is not a valid id: use lower-case a–z, 0–9 and single "-" (e.g. "oplevet-kvalitet")' },
    ]);
  });

  it('rejects a version that is not semver', () => {
    expect(broken((t) => (t.version = 'v1'))).toEqual([{ path: 'version', message: '"v1" is not a semantic version such as "1.0.0"' }]);
  });

  it('rejects an unknown placeholder', () => {
    expect(broken((t) => (item(t, 0).text.employee!.da = 'Min leder hjælper {{borgergruppe}}.'))).toEqual([
      { path: 'items.0.text.employee.da', message: 'unknown placeholder {{borgergruppe}}; the only placeholder is {{omraadeeksempel}}' },
    ]);
  });

  it('rejects unmatched braces', () => {
    expect(broken((t) => (item(t, 0).text.employee!.da = 'Min leder {{omraadeeksempel}.'))[0]?.message).toMatch(/unmatched "\{\{"/);
  });

  it('rejects a placeholder outside intros and statements', () => {
    expect(broken((t) => ((t.title as Record<string, string>).da = 'Tillid for {{omraadeeksempel}}'))).toEqual([
      { path: 'title.da', message: 'placeholders cannot be used here, only in intros and statements' },
    ]);
  });

  it('requires neutral framing when the example placeholder is used', () => {
    expect(broken((t) => delete t.framing)).toEqual([
      { path: 'framing', message: 'texts use {{omraadeeksempel}} but framing.neutral is missing: give the wording used when no example is configured' },
    ]);
  });

  it('rejects a theme without items and a non-object', () => {
    expect(broken((t) => (t.items = []))).toEqual([{ path: 'items', message: 'a theme needs at least one item' }]);
    expect(issuesOf('tillid')).toEqual([{ path: '', message: expect.stringContaining('must be an object') }]);
  });

  it('lists every problem at once and names the theme in the message', () => {
    const theme = validThemeInput();
    delete item(theme, 0).text.self;
    item(theme, 1).id = 'aabenhed';
    expect(() => parseTheme(theme)).toThrow(/theme "tillid" is invalid:\n {2}- items.0.text.self: missing the self statement/);
    expect(issuesOf(theme)).toHaveLength(2);
  });

  it('defineTheme validates at run time too (for plugins written in plain JS)', () => {
    const input = validThemeInput();
    input.version = 'latest';
    expect(() => defineTheme(input as unknown as Parameters<typeof defineTheme>[0])).toThrow(PluginDefinitionError);
  });
});
