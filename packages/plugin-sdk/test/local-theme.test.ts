import { describe, expect, it } from 'vitest';
import { buildLocalTheme, PluginDefinitionError, renderTheme } from '../src/index.ts';

const statement = (da: string, en?: string) => ({ da, ...(en ? { en } : {}) });
const item = (id: string, en = true) => ({
  id,
  label: statement('Trivsel', en ? 'Well-being' : undefined),
  text: {
    employee: statement('Min leder spørger til min trivsel.', en ? 'My leader asks about my well-being.' : undefined),
    self: statement('Jeg spørger til mine medarbejderes trivsel.', en ? "I ask about my employees' well-being." : undefined),
    superior: statement('Lederen spørger til medarbejdernes trivsel.', en ? "The leader asks about the employees' well-being." : undefined),
  },
});

describe('buildLocalTheme', () => {
  it('makes a theme with the reserved id, a version per revision and default intros', () => {
    const theme = buildLocalTheme({ revision: 3, items: [item('trivsel')] });
    expect(theme).toMatchObject({ id: 'lokale', version: '1.3.0', roles: ['employee', 'self', 'superior'], locales: ['da', 'en'] });
    const shown = renderTheme(theme, { role: 'self', locale: 'da', framing: null });
    expect(shown.intro).toBe('De næste spørgsmål er formuleret af jeres organisation og handler om din egen ledelse.');
    expect(shown.example).toBeNull();
  });

  it('offers English only when every text has it', () => {
    const theme = buildLocalTheme({ revision: 1, items: [item('trivsel'), item('ro', false)] });
    expect(theme.locales).toEqual(['da']);
    expect(renderTheme(theme, { role: 'employee', locale: 'en', framing: null }).items[0]?.text).toBe('Min leder spørger til min trivsel.');
  });

  it('rejects what a plugin theme would reject, by path', () => {
    const bad = item('trivsel');
    const broken = { ...bad, text: { ...bad.text, superior: { da: 'Lederen hjælper {{borgere}}.' } } };
    try {
      buildLocalTheme({ revision: 1, items: [broken, item('trivsel')] });
      expect.unreachable();
    } catch (error) {
      expect((error as PluginDefinitionError).issues).toEqual([
        { path: 'items.0.text.superior.da', message: 'unknown placeholder {{borgere}}; the only placeholder is {{omraadeeksempel}}' },
        { path: 'items.1.id', message: 'duplicate item id "trivsel" (also items.0.id)' },
      ]);
    }
  });
});
