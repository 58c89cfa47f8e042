import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineReport, parseTheme, type ReportDocument } from '@spejl/plugin-sdk';
import { aggregateItem, expectThemeComplete, fixtureView, missingThemeTexts, renderOnFixtures } from '../src/index.ts';

const both = (da: string, en: string) => ({ da, en });
const danishOnly = parseTheme({
  id: 'kun-dansk', version: '1.0.0', roles: ['employee', 'self'], locales: ['da'],
  title: { da: 'Kun dansk' }, about: { what: { da: 'a' }, why: { da: 'b' } },
  intro: { employee: { da: 'i' }, self: { da: 'i' } },
  items: [{ id: 'x', label: { da: 'X' }, text: { employee: { da: 'x' }, self: { da: 'x' } } }],
});
const complete = parseTheme({
  id: 'hel', version: '1.0.0', roles: ['employee', 'self', 'superior'], locales: ['da', 'en'],
  title: both('Hel', 'Whole'), about: { what: both('a', 'a'), why: both('b', 'b') },
  intro: { employee: both('i', 'i'), self: both('i', 'i'), superior: both('i', 'i') },
  items: ['a', 'b'].map((id) => ({ id, label: both(id, id), text: { employee: both(id, id), self: both(id, id), superior: both(id, id) } })),
});

describe('expectThemeComplete', () => {
  it('lists every missing role and locale text', () => {
    expect(missingThemeTexts(danishOnly)).toEqual([
      'title.en', 'about.what.en', 'about.why.en', 'intro.employee.en', 'intro.self.en', 'intro.superior.da', 'intro.superior.en',
      'items.0.label.en', 'items.0.text.employee.en', 'items.0.text.self.en', 'items.0.text.superior.da', 'items.0.text.superior.en',
    ]);
    expect(() => expectThemeComplete(danishOnly)).toThrow(/theme "kun-dansk" is incomplete; missing texts:\n {2}- title.en/);
    expect(() => expectThemeComplete(complete)).not.toThrow();
  });
});

describe('report fixtures', () => {
  it('aggregates like the scoring rules: don’t-know counted, never scored', () => {
    expect(aggregateItem([5, 4, 'dk', null, 3])).toEqual({ suppressed: false, forms: 5, n: 3, dontKnow: 1, mean: 4, sd: 1, counts: [0, 0, 1, 1, 1] });
  });

  it('gives suppressed employee groups no numbers at all', () => {
    const view = fixtureView([complete], 'employees-suppressed');
    expect(view.scores.direct?.themes.hel?.theme.employee).toEqual({ suppressed: true, reason: 'below-threshold' });
    expect(JSON.stringify(view.scores.direct?.themes.hel?.items.a?.employee)).toBe('{"suppressed":true,"reason":"below-threshold"}');
    expect(view.scores.direct?.themes.hel?.theme.self).toMatchObject({ suppressed: false, forms: 1 });
  });

  it('runs a report on every fixture of its scope and names the fixture that breaks it', () => {
    const report = defineReport({
      id: 'probe', version: '1.0.0', scope: 'leader', title: { da: 'Prøve' }, options: z.object({}),
      render: (view): ReportDocument => {
        const employee = view.scores.direct?.themes.hel?.theme.employee;
        if (employee?.suppressed) return { title: view.subject.name, locale: view.locale, blocks: [{ type: 'notice', tone: 'info', text: 'skjult' }] };
        return { title: view.subject.name, locale: view.locale, blocks: [{ type: 'heading', level: 1, text: String(employee?.mean) }] };
      },
    });
    const runs = renderOnFixtures(report, [complete]);
    expect(runs.map((r) => `${r.scenario}/${r.locale}`)).toEqual(['published/da', 'published/en', 'employees-suppressed/da', 'employees-suppressed/en', 'dont-know/da', 'dont-know/en']);
    const broken = defineReport({ ...report, id: 'broken', render: (view) => ({ title: view.subject.name, locale: view.locale, blocks: [{ type: 'heading', level: 4 as 1, text: 'x' }] }) });
    expect(() => renderOnFixtures(broken, [complete])).toThrow(/report "broken" failed on the "published" fixture \(da\): .*blocks.0.level/s);
  });
});

describe('expectThemeComplete and open questions', () => {
  const question = { id: 'godt', label: both('Godt', 'Good'), text: { employee: both('Hvad gør din leder godt?', 'What does your leader do well?'), self: both('Hvad gør du godt?', 'What do you do well?'), superior: { da: 'Hvad gør lederen godt?' } } };

  it('names a question not worded for a declared role in every locale', () => {
    // As a pinned snapshot or hand-built data can be: complete but for one question's English superior wording.
    const theme = { ...complete, questions: [question] };
    expect(missingThemeTexts(theme)).toEqual(['questions.0.text.superior.en']);
    expect(() => expectThemeComplete(theme)).toThrow(/questions.0.text.superior.en/);
  });

  it('asks a question only for the roles the theme declares', () => {
    const twoRoles = parseTheme({
      id: 'to', version: '1.0.0', roles: ['employee', 'self'], locales: ['da'], title: { da: 't' }, about: { what: { da: 'a' }, why: { da: 'b' } },
      intro: { employee: { da: 'i' }, self: { da: 'i' } }, items: [{ id: 'x', label: { da: 'X' }, text: { employee: { da: 'x' }, self: { da: 'x' } } }],
      questions: [{ id: 'q', label: { da: 'Q' }, text: { employee: { da: 'Hvad?' }, self: { da: 'Hvad?' } } }],
    });
    expect(missingThemeTexts(twoRoles).filter((p) => p.startsWith('questions'))).toEqual(['questions.0.label.en', 'questions.0.text.employee.en', 'questions.0.text.self.en']);
  });
});
