import { createI18n } from 'vue-i18n';
import { nestedMessages } from '@spejl/plugin-sdk/survey-texts';
import { messages, type SurveyLocale } from './messages.ts';

/** A language tag as the app takes it from a link or storage: letters, digits and hyphens, or nothing. */
function tagOrNull(value: string | null): string | null {
  return value && /^[A-Za-z0-9-]{2,35}$/.test(value) ? value : null;
}

/**
 * The language the respondent asked for: the link's `?lang=` or their earlier switch on this
 * device; null lets the server show their own language (the people file's), Danish without one.
 */
export function askedLocale(search: string, stored: string | null): string | null {
  return tagOrNull(new URLSearchParams(search).get('lang')) ?? tagOrNull(stored);
}

/** The language the app speaks before the server has said: Danish unless English was asked for. */
export function initialLocale(search: string, stored: string | null): SurveyLocale {
  return askedLocale(search, stored) === 'en' ? 'en' : 'da';
}

/**
 * The app's i18n instance. A word an added language has no translation of shows in English (the
 * app then says so on the page, see App.vue); Danish and English are complete.
 */
export const i18n = createI18n({ legacy: false, locale: 'da', fallbackLocale: 'en', messages, missingWarn: false, fallbackWarn: false });

/** Gives vue-i18n an added language's words (from the round's translations) before switching to it. */
export function addLanguage(tag: string, words: Readonly<Record<string, string>>): void {
  // `@` and `|` mean links and plurals to vue-i18n; in a translator's words they are just characters.
  const literal = Object.fromEntries(Object.entries(words).map(([key, text]) => [key, text.replace(/[@|]/g, (c) => `{'${c}'}`)]));
  i18n.global.setLocaleMessage(tag, nestedMessages(literal) as never);
}
