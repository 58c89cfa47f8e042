import { createI18n } from 'vue-i18n';
import { messages, type SurveyLocale } from './messages.ts';

/** Danish unless the link says `?lang=en` or the respondent switched before. */
export function initialLocale(search: string, stored: string | null): SurveyLocale {
  const asked = new URLSearchParams(search).get('lang') ?? stored;
  return asked === 'en' ? 'en' : 'da';
}

/** The app's i18n instance. */
export const i18n = createI18n({ legacy: false, locale: 'da', fallbackLocale: 'da', messages });
