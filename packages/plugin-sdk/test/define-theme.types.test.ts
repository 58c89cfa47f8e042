import { describe, expect, it } from 'vitest';
import { defineTheme, type Theme } from '../src/index.ts';

// These assertions are checked by `tsc` (pnpm typecheck): each @ts-expect-error fails the
// typecheck if the line below it stops being a type error.
const both = (da: string, en: string) => ({ da, en });
const base = {
  id: 'typer',
  version: '1.0.0',
  title: both('Typer', 'Types'),
  about: { what: both('a', 'a'), why: both('b', 'b') },
} as const;

describe('defineTheme types', () => {
  it('ties every text to the declared roles and locales', () => {
    const ok = defineTheme({
      ...base,
      roles: ['employee', 'self'],
      locales: ['da', 'en'],
      intro: { employee: both('i', 'i'), self: both('i', 'i') },
      items: [{ id: 'x', label: both('x', 'x'), text: { employee: both('x', 'x'), self: both('x', 'x') } }],
    });
    const typed: Theme<'employee' | 'self', 'da' | 'en'> = ok;
    expect(typed.roles).toEqual(['employee', 'self']);

    expect(() =>
      defineTheme({
        ...base,
        roles: ['employee', 'self', 'superior'],
        locales: ['da', 'en'],
        intro: { employee: both('i', 'i'), self: both('i', 'i'), superior: both('i', 'i') },
        items: [
          // @ts-expect-error the superior text is missing
          { id: 'x', label: both('x', 'x'), text: { employee: both('x', 'x'), self: both('x', 'x') } },
        ],
      }),
    ).toThrow(/items.0.text.superior: missing the superior statement/);

    expect(() =>
      defineTheme({
        ...base,
        roles: ['employee'],
        locales: ['da', 'en'],
        intro: { employee: both('i', 'i') },
        // @ts-expect-error the English text is missing
        items: [{ id: 'x', label: both('x', 'x'), text: { employee: { da: 'x' } } }],
      }),
    ).toThrow(/items.0.text.employee.en: missing the "en" text/);

    expect(() =>
      defineTheme({
        ...base,
        roles: ['employee'],
        locales: ['da'],
        intro: { employee: { da: 'i' } },
        // @ts-expect-error a text for a role that is not declared
        items: [{ id: 'x', label: { da: 'x' }, text: { employee: { da: 'x' }, superior: { da: 'x' } } }],
      }),
    ).toThrow(/"superior" is not a declared role/);
  });
});
