import { fillPlaceholders, questionKey, type AnyTheme } from '@spejl/plugin-sdk';
import type { FormRole } from '@spejl/db';
import { builtInPicker, type TextPicker } from '../languages/localised-texts.ts';
import { themeKey } from '../languages/translation-source.ts';

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
  /**
   * What shows in Danish because the respondent's language has no translation of it: `title`,
   * `intro`, item ids and question ids. The survey marks each, so a gap is never silent.
   */
  untranslated: string[];
}

/** The example that fills `{{omraadeeksempel}}` in one theme for the respondent at hand. */
export type ThemeExample = (theme: AnyTheme) => string;

function themeFor(theme: AnyTheme, role: FormRole, pick: TextPicker, example: string, offset: number): SurveyTheme {
  const untranslated: string[] = [];
  const text = (id: string, key: string, texts: Parameters<TextPicker>[1]) => {
    const picked = pick(key, texts);
    if (picked.untranslated) untranslated.push(id);
    return fillPlaceholders(picked.text, example);
  };
  return {
    id: theme.id,
    offset,
    title: text('title', themeKey(theme.id, 'title'), theme.title),
    intro: text('intro', themeKey(theme.id, 'intro', role), theme.intro[role]),
    items: theme.items.map((item) => ({ id: item.id, text: text(item.id, themeKey(theme.id, 'item', item.id, role), item.text[role]) })),
    questions: (theme.questions ?? []).map((q) => ({ id: questionKey(theme.id, q.id), text: text(questionKey(theme.id, q.id), themeKey(theme.id, 'question', q.id, role), q.text[role]) })),
    untranslated,
  };
}

/**
 * The pages of one form: every theme the round pinned that asks the role (samarbejde asks peers,
 * not employees), in the role's wording and the respondent's language, their example filled in.
 * The survey builds real forms with this and the console's round preview builds its forms with it
 * too, so the two cannot drift apart.
 */
export function formThemes(pinned: readonly AnyTheme[], role: FormRole, locale: 'da' | 'en' | TextPicker, example: ThemeExample): SurveyTheme[] {
  const pick = typeof locale === 'string' ? builtInPicker(locale) : locale;
  const pages: SurveyTheme[] = [];
  let offset = 0;
  for (const theme of pinned) {
    if (theme.roles.includes(role)) pages.push(themeFor(theme, role, pick, example(theme), offset));
    offset += theme.items.length;
  }
  return pages;
}
