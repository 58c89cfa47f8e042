import { describe, expect, it } from 'vitest';
import { asksRole, openQuestionKeys, renderTheme } from '@spejl/plugin-sdk';
import { expectThemeComplete, missingThemeTexts } from '@spejl/plugin-testing';
import theme from '../src/index.ts';

describe('theme samarbejde', () => {
  it('is complete: every statement and question for the peers, the leader and the superior, in Danish and English', () => {
    expect(() => expectThemeComplete(theme)).not.toThrow();
    expect(theme.roles).toEqual(['self', 'superior', 'peer']);
  });

  it('is asked of peers, never of employees (whose answers about their own leader it is not about)', () => {
    expect(asksRole(theme, 'peer')).toBe(true);
    expect(asksRole(theme, 'employee')).toBe(false);
    // Without the peers' wording plugin-testing would call it incomplete.
    const withoutPeers = { ...theme, roles: ['self', 'superior'] as const, intro: { self: theme.intro.self, superior: theme.intro.superior } };
    expect(missingThemeTexts(withoutPeers as never)).toContain('intro.employee.da');
  });

  it('speaks to the leader in I-form and about the leader in third person, the peers from their own side', () => {
    expect(theme.items.map((i) => i.id)).toEqual(['deler-viden', 'holder-aftaler', 'helheden', 'uenighed', 'tillid']);
    expect(theme.items.every((i) => /\b(Jeg|jeg|mig)\b/.test(i.text.self.da))).toBe(true);
    expect(theme.items.every((i) => /\b[Ll]ederen\b/.test(i.text.superior.da))).toBe(true);
    expect(theme.items.every((i) => /lederen|Lederen/.test(i.text.peer.da))).toBe(true);
  });

  it('shows a peer the peers\' wording and two optional open questions, named comment.samarbejde.<id> in files', () => {
    const shown = renderTheme(theme, { role: 'peer', locale: 'da', framing: null });
    expect(shown.intro).toContain('vises kun samlet');
    expect(shown.items[0]!.text).toBe('Lederen deler viden og erfaringer med mig.');
    expect(shown.questions).toHaveLength(2);
    expect(openQuestionKeys([theme])).toEqual(['samarbejde.virker', 'samarbejde.bedre']);
  });
});
