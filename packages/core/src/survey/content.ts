import type { FormRole, PinnedTheme, TenantTx } from '@spejl/db';
import { fromCodes, type Answer } from './answers.ts';
import { formOwnerKey } from './form-key.ts';
import type { SurveySession } from './session.ts';

type Locale = 'da' | 'en';
type SomeTexts = Partial<Record<Locale, string>>;

/** One theme as a respondent in one role reads it. */
export interface SurveyTheme {
  id: string;
  title: string;
  intro: string;
  items: { id: string; text: string }[];
}

/** One of the respondent's forms: about whom, in which role, and how far they got. */
export interface SurveyForm {
  slot: number;
  role: FormRole;
  subjectName: string;
  state: 'new' | 'saved' | 'submitted';
  answers: Answer[] | null;
  themes: SurveyTheme[];
}

/** Everything the survey app shows behind one link. */
export interface SurveyContent {
  respondent: { name: string; locale: Locale };
  round: { name: string; status: string; closesAt: string; threshold: number };
  /** The statements of every form, in the order answers are sent. */
  itemCount: number;
  forms: SurveyForm[];
}

const EXAMPLE = /\{\{\s*omraadeeksempel\s*\}\}/g;

function pick(texts: SomeTexts | undefined, locale: Locale): string {
  return texts?.[locale] ?? texts?.da ?? '';
}

/** The area-specific example for a sector (framing defaults of the theme); tenant framing overrides come from the themes module. */
export type ExampleResolver = (theme: PinnedTheme, faggruppe: string | null, locale: Locale) => string;

/** Falls back to the theme's sector wording, then its neutral wording. */
export function themeDefaultExample(sector: string): ExampleResolver {
  return (theme, _faggruppe, locale) => {
    const framing = theme.framing as { neutral?: SomeTexts; sectors?: Record<string, SomeTexts | undefined> } | undefined;
    return pick(framing?.sectors?.[sector] ?? framing?.neutral, locale);
  };
}

function themeFor(theme: PinnedTheme, role: FormRole, locale: Locale, example: string): SurveyTheme {
  const t = theme as unknown as { title: SomeTexts; intro: Partial<Record<FormRole, SomeTexts>>; items: { id: string; text: Partial<Record<FormRole, SomeTexts>> }[] };
  const fill = (s: string) => s.replace(EXAMPLE, example);
  return {
    id: theme.id,
    title: pick(t.title, locale),
    intro: fill(pick(t.intro[role], locale)),
    items: t.items.map((item) => ({ id: item.id, text: fill(pick(item.text[role], locale)) })),
  };
}

/** Builds what the respondent sees: their forms with texts for their role, language and faggruppe, and their saved answers. */
export async function surveyContent(tx: TenantTx, session: SurveySession, secret: Buffer, locale: Locale, example: ExampleResolver): Promise<SurveyContent> {
  const round = await tx.selectFrom('rounds').select(['themes']).where('id', '=', session.roundId).executeTakeFirstOrThrow();
  const assignments = await tx
    .selectFrom('round_assignments as a')
    .leftJoin('round_respondents as s', (j) => j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.round_id', '=', 'a.round_id').onRef('s.person_id', '=', 'a.subject_id'))
    .select(['a.slot', 'a.role', 'a.subject_id', 'a.finished_at', 's.name as subject_name'])
    .where('a.round_id', '=', session.roundId)
    .where('a.person_id', '=', session.personId)
    .orderBy('a.slot')
    .execute();
  const keys = assignments.map((a) => formOwnerKey(secret, a.slot));
  const forms = keys.length
    ? await tx.selectFrom('round_forms').select(['owner_key', 'answers', 'submitted']).where('round_id', '=', session.roundId).where('owner_key', 'in', keys).execute()
    : [];
  const byKey = new Map(forms.map((f) => [f.owner_key, f]));
  return {
    respondent: { name: session.name, locale },
    round: { name: session.roundName, status: session.status, closesAt: session.closesAt.toISOString(), threshold: session.threshold },
    itemCount: session.itemCount,
    forms: assignments.map((a, i) => {
      const stored = byKey.get(keys[i] as string);
      return {
        slot: a.slot,
        role: a.role,
        subjectName: a.subject_name ?? a.subject_id,
        // A slot finished under an earlier link stays finished even though its answers cannot be shown.
        state: stored?.submitted || a.finished_at ? 'submitted' : stored ? 'saved' : 'new',
        answers: stored ? fromCodes(stored.answers) : null,
        themes: round.themes.map((t) => themeFor(t, a.role, locale, example(t, session.faggruppe, locale))),
      };
    }),
  };
}
