import { describe, expect, it } from 'vitest';
import type { AnyTheme } from '@spejl/plugin-sdk';
import { formThemes } from '../../src/survey/form-themes.ts';
import { PEER_THEME } from '../peers/fixtures.ts';
import { THEME } from '../rounds/fixtures.ts';

// A round asking borgerorientering (employees, self, superior: 4 statements) and then samarbejde (peers, self, superior: 2).
const pinned = [THEME, PEER_THEME] as unknown as AnyTheme[];
const pages = (role: 'employee' | 'self' | 'superior' | 'peer') => formThemes(pinned, role, 'da', () => 'borgerne');

describe('the pages of a form', () => {
  it('gives each role only the themes that ask it, each with where its answers stand among the round\'s statements', () => {
    expect(pages('employee').map((p) => [p.id, p.offset, p.items.length])).toEqual([['borgerorientering', 0, 4]]);
    expect(pages('peer').map((p) => [p.id, p.offset, p.items.length])).toEqual([['samarbejde', 4, 2]]);
    expect(pages('self').map((p) => [p.id, p.offset])).toEqual([['borgerorientering', 0], ['samarbejde', 4]]);
  });

  it('words every statement a page shows for the role, so no page has a statement without text', () => {
    for (const role of ['employee', 'self', 'superior', 'peer'] as const) {
      for (const page of pages(role)) expect(page.items.every((item) => item.text.length > 0)).toBe(true);
    }
    expect(pages('peer')[0]!.items.map((i) => i.text)).toEqual(['Lederen deler-viden', 'Lederen holder-aftaler']);
  });
});
