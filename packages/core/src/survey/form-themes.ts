import { fillPlaceholders, questionKey, textIn, type AnyTheme } from '@spejl/plugin-sdk';
import type { FormRole } from '@spejl/db';

/** One theme as a respondent in one role reads it. */
export interface SurveyTheme {
  id: string;
  title: string;
  intro: string;
  items: { id: string; text: string }[];
  /** Where its statements' answers start in the form's answers, which hold every statement of the round. */
  offset: number;
  /** Open questions after the statements, by their file id (`<theme>.<question>`); optional to answer. */
  questions: { id: string; text: string }[];
}

/** The example that fills `{{omraadeeksempel}}` in one theme for the respondent at hand. */
export type ThemeExample = (theme: AnyTheme) => string;

function themeFor(theme: AnyTheme, role: FormRole, locale: 'da' | 'en', example: string, offset: number): SurveyTheme {
  const fill = (s: string) => fillPlaceholders(s, example);
  return {
    id: theme.id,
    offset,
    title: textIn(theme.title, locale),
    intro: fill(textIn(theme.intro[role] ?? {}, locale)),
    items: theme.items.map((item) => ({ id: item.id, text: fill(textIn(item.text[role] ?? {}, locale)) })),
    questions: (theme.questions ?? []).map((q) => ({ id: questionKey(theme.id, q.id), text: fill(textIn(q.text[role] ?? {}, locale)) })),
  };
}

/**
 * The pages of one form: every theme the round pinned that asks the role (samarbejde asks peers,
 * not employees), in the role's wording and the respondent's language, their example filled in.
 * The survey builds real forms with this and the console's round preview builds its forms with it
 * too, so the two cannot drift apart.
 */
export function formThemes(pinned: readonly AnyTheme[], role: FormRole, locale: 'da' | 'en', example: ThemeExample): SurveyTheme[] {
  const pages: SurveyTheme[] = [];
  let offset = 0;
  for (const theme of pinned) {
    if (theme.roles.includes(role)) pages.push(themeFor(theme, role, locale, example(theme), offset));
    offset += theme.items.length;
  }
  return pages;
}
