import { flatMessages, messages, UNTRANSLATED_KEYS } from '@spejl/plugin-sdk/survey-texts';
import { textDirection, type LanguageChoice } from './language-tag.ts';
import type { RoundLocale } from './localised-texts.ts';
import { surveyKey } from './translation-source.ts';

/** The language part of what a survey link shows. */
export interface SurveyLanguage {
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
  /** The round's languages, each named in itself, for the switcher. */
  readonly choices: readonly LanguageChoice[];
  /**
   * The survey's own words translated into an added language, by dotted key (`form.next`); null
   * for Danish and English, which the app carries. A word missing here shows in English, and the
   * app says that part of the page is not translated.
   */
  readonly ui: Readonly<Record<string, string>> | null;
  /** How many of the survey's own words have no translation (0 for Danish and English). */
  readonly uiMissing: number;
}

const UI_KEYS = Object.keys(flatMessages(messages.da)).filter((key) => !UNTRANSLATED_KEYS.includes(key));

/** What the survey app needs to speak the respondent's language. */
export function surveyLanguage(locale: RoundLocale): SurveyLanguage {
  const base = { tag: locale.tag, dir: textDirection(locale.tag), choices: locale.choices };
  if (!locale.translations) return { ...base, ui: null, uiMissing: 0 };
  const ui: Record<string, string> = {};
  for (const key of UI_KEYS) {
    const text = locale.translations[surveyKey(key)];
    if (text) ui[key] = text;
  }
  return { ...base, ui, uiMissing: UI_KEYS.length - Object.keys(ui).length };
}
