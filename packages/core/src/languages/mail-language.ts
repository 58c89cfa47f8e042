import type { RoundTexts } from '@spejl/db';
import { builtInLocale } from './localised-texts.ts';
import { mailKey } from './translation-source.ts';

/** One mail's subject and text as a template, before its placeholders are filled. */
export interface MailTemplate { subject: string; body: string }

/**
 * A round mail's template in the addressee's language: Danish and English as the round has them;
 * an added language's translation field by field, with the Danish standing in for a field not
 * translated (the console lists what is missing before launch). The translation was checked to
 * carry `{{link}}` when it was saved.
 */
export function mailTemplateIn(texts: RoundTexts, kind: 'invitation' | 'reminder', locale: string, translations: Readonly<Record<string, string>> | undefined): MailTemplate {
  const builtIn = texts[kind][builtInLocale(locale)];
  if (locale === 'da' || locale === 'en' || !translations) return builtIn;
  const source = texts[kind].da;
  return {
    subject: translations[mailKey(kind, 'subject')] ?? source.subject,
    body: translations[mailKey(kind, 'body')] ?? source.body,
  };
}
