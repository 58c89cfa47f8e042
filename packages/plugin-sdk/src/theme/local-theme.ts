import { LOCALES, type Locale } from '../locales.ts';
import { LOCAL_QUESTION_ROLES, type LocalQuestionRole } from '../roles.ts';
import { parseTheme } from './define-theme.ts';
import type { AnyTheme, SomeTexts } from './types.ts';

/** The theme id of every organisation's own questions (*lokale spørgsmål*); no plugin may use it. */
export const LOCAL_THEME_ID = 'lokale';

/** What a tenant admin writes: statements per role (Danish required, English optional) and optional intros. */
export interface LocalQuestionsInput {
  /** Bumped on every save; a round pins the revision it used. */
  readonly revision: number;
  readonly intro?: { readonly [R in LocalQuestionRole]?: SomeTexts } | null;
  readonly items: readonly LocalEntry[];
  /** Local open questions, asked after the local statements; their file ids are `lokale.<id>`. */
  readonly questions?: readonly LocalEntry[] | null;
}

/** A local statement or open question: its id, a short label and its wording per role. */
export interface LocalEntry { readonly id: string; readonly label: SomeTexts; readonly text: { readonly [R in LocalQuestionRole]?: SomeTexts } }

const DEFAULT_INTRO: Record<LocalQuestionRole, Record<Locale, string>> = {
  employee: { da: 'De næste spørgsmål er formuleret af jeres organisation og handler om, hvordan du oplever din leder.', en: 'The next questions were written by your organisation and are about how you experience your leader.' },
  self: { da: 'De næste spørgsmål er formuleret af jeres organisation og handler om din egen ledelse.', en: 'The next questions were written by your organisation and are about your own leadership.' },
  superior: { da: 'De næste spørgsmål er formuleret af jeres organisation og handler om, hvordan du oplever lederen.', en: 'The next questions were written by your organisation and are about how you experience the leader.' },
};

const FIXED = {
  title: { da: 'Lokale spørgsmål', en: 'Local questions' },
  about: {
    what: { da: 'Spørgsmål, som organisationen selv har formuleret til sin ledelsesevaluering.', en: 'Questions the organisation has written itself for its leadership evaluation.' },
    why: { da: 'De lokale spørgsmål sætter fokus på det, der er særligt vigtigt for ledelsen netop hos jer.', en: 'Local questions focus on what matters most for leadership in your own organisation.' },
  },
  framing: { neutral: { da: 'borgere, brugere og pårørende', en: 'citizens, service users and relatives' } },
};

function pick(texts: SomeTexts | undefined, locales: readonly Locale[]): SomeTexts | undefined {
  return texts && Object.fromEntries(locales.filter((l) => texts[l] !== undefined).map((l) => [l, texts[l]]));
}

function entry(e: LocalEntry, locales: readonly Locale[]) {
  return { id: e.id, label: pick(e.label, locales), text: Object.fromEntries(LOCAL_QUESTION_ROLES.map((r) => [r, pick(e.text[r], locales)])) };
}

/**
 * Builds the tenant's local questions as a theme, validated exactly like a plugin theme,
 * so rounds, forms, scores and reports treat them the same. English is offered only when
 * every statement, open question and intro has an English text; otherwise English readers see Danish.
 */
export function buildLocalTheme(input: LocalQuestionsInput): AnyTheme {
  const intro = Object.fromEntries(LOCAL_QUESTION_ROLES.map((r) => [r, input.intro?.[r]?.da?.trim() ? input.intro[r] : DEFAULT_INTRO[r]]));
  const questions = input.questions ?? [];
  const texts = [...Object.values(intro), ...[...input.items, ...questions].flatMap((i) => [i.label, ...LOCAL_QUESTION_ROLES.map((r) => i.text[r])])];
  const english = input.items.length > 0 && texts.every((t) => !!t?.en?.trim());
  const locales: Locale[] = english ? [...LOCALES] : ['da'];
  return parseTheme(
    {
      id: LOCAL_THEME_ID,
      version: `1.${input.revision}.0`,
      roles: [...LOCAL_QUESTION_ROLES],
      locales,
      title: pick(FIXED.title, locales),
      about: { what: pick(FIXED.about.what, locales), why: pick(FIXED.about.why, locales) },
      intro: Object.fromEntries(LOCAL_QUESTION_ROLES.map((r) => [r, pick(intro[r], locales)])),
      items: input.items.map((i) => entry(i, locales)),
      ...(questions.length ? { questions: questions.map((q) => entry(q, locales)) } : {}),
      framing: { neutral: pick(FIXED.framing.neutral, locales) },
    },
    'local questions',
  );
}
