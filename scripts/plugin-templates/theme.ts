import { packageFiles, titleFrom, type TemplateFiles } from './package-files.ts';

/** A complete, valid theme package (two statements and an open question, every role, Danish and English) and its tests. */
export function themeTemplate(name: string): TemplateFiles {
  const title = titleFrom(name);
  return {
    ...packageFiles('theme', name, `${title}: a Spejl theme.`),
    'src/index.ts': `import { defineTheme } from '@spejl/plugin-sdk';

const both = (da: string, en: string) => ({ da, en });

/** ${title}: replace the texts below with your theme's own; keep every role and language. */
export default defineTheme({
  id: '${name}',
  version: '1.0.0',
  roles: ['employee', 'self', 'superior'],
  locales: ['da', 'en'],
  title: both('${title}', '${title}'),
  about: {
    what: both('Skriv her, hvad temaet handler om.', 'Write here what the theme is about.'),
    why: both('Skriv her, hvorfor temaet er vigtigt.', 'Write here why the theme matters.'),
  },
  intro: {
    employee: both(
      'De næste spørgsmål handler om, hvordan du oplever din leder i arbejdet med fx {{omraadeeksempel}}.',
      'The next questions are about how you experience your leader in the work with, for example, {{omraadeeksempel}}.',
    ),
    self: both(
      'De næste spørgsmål handler om din egen ledelse i arbejdet med fx {{omraadeeksempel}}.',
      'The next questions are about your own leadership in the work with, for example, {{omraadeeksempel}}.',
    ),
    superior: both(
      'De næste spørgsmål handler om, hvordan du oplever lederen i arbejdet med fx {{omraadeeksempel}}.',
      'The next questions are about how you experience the leader in the work with, for example, {{omraadeeksempel}}.',
    ),
  },
  items: [
    {
      id: 'forventninger',
      label: both('Forventninger', 'Expectations'),
      text: {
        employee: both('Min leder gør det tydeligt, hvad der forventes af mig.', 'My leader makes it clear what is expected of me.'),
        self: both('Jeg gør det tydeligt, hvad jeg forventer af mine medarbejdere.', 'I make it clear what I expect of my employees.'),
        superior: both('Lederen gør det tydeligt, hvad der forventes af medarbejderne.', 'The leader makes it clear what is expected of the employees.'),
      },
    },
    {
      id: 'opfoelgning',
      label: both('Opfølgning', 'Follow-up'),
      text: {
        employee: both('Min leder følger op på det, vi aftaler.', 'My leader follows up on what we agree.'),
        self: both('Jeg følger op på det, vi aftaler.', 'I follow up on what we agree.'),
        superior: both('Lederen følger op på det, der bliver aftalt.', 'The leader follows up on what is agreed.'),
      },
    },
  ],
  // Open questions (*åbne spørgsmål*): optional free text after the statements, worded for every role.
  // Comments are read in files as comment.${name}.<id>.
  questions: [
    {
      id: 'godt',
      label: both('Særligt godt', 'Particularly good'),
      text: {
        employee: both('Hvad gør din leder særligt godt her?', 'What does your leader do particularly well here?'),
        self: both('Hvad gør du særligt godt her?', 'What do you do particularly well here?'),
        superior: both('Hvad gør lederen særligt godt her?', 'What does the leader do particularly well here?'),
      },
    },
  ],
  framing: {
    neutral: both('borgere, brugere og pårørende', 'citizens, service users and relatives'),
    sectors: { region: both('patienter og pårørende', 'patients and relatives') },
  },
});
`,
    'test/theme.test.ts': `import { describe, expect, it } from 'vitest';
import { openQuestionKeys, renderTheme } from '@spejl/plugin-sdk';
import { expectThemeComplete } from '@spejl/plugin-testing';
import theme from '../src/index.ts';

describe('theme ${name}', () => {
  it('has every role’s text in Danish and English', () => {
    expect(() => expectThemeComplete(theme)).not.toThrow();
  });

  it('asks its open question of every role, named comment.${name}.godt in response files', () => {
    expect(openQuestionKeys([theme])).toEqual(['${name}.godt']);
    for (const role of theme.roles) expect(renderTheme(theme, { role, locale: 'en', framing: null }).questions).toHaveLength(1);
  });

  it('shows a hospital’s employees their own example', () => {
    const shown = renderTheme(theme, { role: 'employee', locale: 'da', framing: { sector: 'region', defaultExample: null, faggruppeExamples: {} } });
    expect(shown.intro).toContain('fx patienter og pårørende');
  });
});
`,
  };
}
