import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphs, renderTheme, type TenantFraming } from '@spejl/plugin-sdk';
import { expectThemeComplete } from '@spejl/plugin-testing';
import theme from '../src/index.ts';

// The source text the theme is written from; the Danish employee texts must be in it word for word.
const source = readFileSync(new URL('../source/borgerorientering.da.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const inSource = (text: string) => source.includes(text.replace('{{omraadeeksempel}}', '[områdespecifikt eksempel]').replace(/\s+/g, ' '));

describe('theme borgerorientering', () => {
  it('is complete: every item has every role’s text in Danish and English', () => {
    expect(() => expectThemeComplete(theme)).not.toThrow();
  });

  it('has the four statements of the source text, in order', () => {
    expect(theme.items.map((i) => i.id)).toEqual(['kultur', 'balance', 'oplevet-kvalitet', 'vaerdi']);
  });

  it('keeps the Danish of the source text word for word', () => {
    const guidance = theme.guidance!.organisation!;
    const danish = [
      theme.about.what.da, theme.about.why.da, theme.about.how!.da, theme.intro.employee.da, theme.framing!.note!.da,
      ...theme.items.map((i) => i.text.employee.da),
      guidance.intro!.da, guidance.questionsIntro!.da, ...guidance.questions.map((q) => q.da), guidance.casesIntro!.da,
      ...guidance.cases.flatMap((c) => [c.title.da, ...paragraphs(c.body.da)]),
    ];
    expect(danish.filter((text) => !inSource(text))).toEqual([]);
    expect(guidance.questions).toHaveLength(5);
    expect(guidance.cases.map((c) => c.title.da)).toEqual(['Kan alle sætte borgeren i centrum?', 'En fælles tilgang til effektmålinger']);
  });

  it('speaks to the leader in I-form and about the leader in third person', () => {
    expect(theme.items.every((i) => i.text.self.da.startsWith('Jeg '))).toBe(true);
    expect(theme.items.every((i) => i.text.superior.da.startsWith('Lederen '))).toBe(true);
    expect(theme.items.every((i) => i.text.employee.en.startsWith('My leader '))).toBe(true);
  });

  it('shows a school’s teachers their own example, and others the sector default', () => {
    const framing: TenantFraming = { sector: 'kommune', defaultExample: null, faggruppeExamples: { lærer: { da: 'elever og forældre', en: 'pupils and parents' } } };
    const teacher = renderTheme(theme, { role: 'employee', locale: 'da', faggruppe: 'Lærer', framing });
    expect(teacher.intro).toContain('tænker vi både på fx elever og forældre som en bred gruppe');
    const superior = renderTheme(theme, { role: 'superior', locale: 'en', faggruppe: 'administration', framing });
    expect(superior.intro).toContain('for example, service users, relatives, pupils and parents');
    expect(superior.items[0]!.text).toBe('The leader creates a culture where the employees put the citizen first in their work.');
  });
});
