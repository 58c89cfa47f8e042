import type { SomeTexts } from '@spejl/plugin-sdk';
import { currentTenant, type TenantTx } from '@spejl/db';
import { languageChoice, type LanguageChoice } from './language-tag.ts';

/** A text in the reader's language, or in Danish and said so: a missing translation is never silent. */
export interface PickedText {
  readonly text: string;
  /** True when the text is the Danish source standing in for a missing translation. */
  readonly untranslated: boolean;
}

/** Picks one text of a round by its key (translation-source.ts) from what Spejl and the theme carry. */
export type TextPicker = (key: string, texts: SomeTexts | undefined) => PickedText;

/** The languages Spejl's own texts are written in; an added language borrows one for what it cannot translate (dates, the anonymity sentence). */
export type BuiltInLocale = 'da' | 'en';

/** Danish for Danish, English for every other language: Spejl's own words a reader of Polish is likelier to read. */
export function builtInLocale(tag: string): BuiltInLocale {
  return tag === 'da' ? 'da' : 'en';
}

/** Danish and English as every round has them: the theme's text, Danish where English is missing (as before languages). */
export function builtInPicker(locale: BuiltInLocale): TextPicker {
  return (_key, texts) => ({ text: texts?.[locale] ?? texts?.da ?? '', untranslated: false });
}

/** An added language: the admin's translation, else the theme's own text in it, else Danish, marked. */
export function translatedPicker(locale: string, translations: Readonly<Record<string, string>>): TextPicker {
  return (key, texts) => {
    const own = translations[key] ?? (texts as Record<string, string | undefined> | undefined)?.[locale];
    return own ? { text: own, untranslated: false } : { text: texts?.da ?? '', untranslated: true };
  };
}

/** A round's languages and the one a reader gets, with the translations to read it in. */
export interface RoundLocale {
  /** The language shown: the one asked for if the round has it, else Danish. */
  readonly tag: string;
  readonly choices: readonly LanguageChoice[];
  readonly picker: TextPicker;
  /** The added language's translations by key; null for Danish and English. */
  readonly translations: Readonly<Record<string, string>> | null;
}

/**
 * The language a respondent reads a round in: theirs from the people file or their switch, if the
 * round has it (Danish, English, or one the admin added), else Danish. One query.
 */
export async function roundLocale(tx: TenantTx, roundId: string, asked: string): Promise<RoundLocale> {
  const added = await tx.selectFrom('round_languages').select(['locale', 'texts'])
    .where('tenant_id', '=', currentTenant(tx)).where('round_id', '=', roundId).orderBy('created_at').execute();
  const choices = ['da', 'en', ...added.map((l) => l.locale)].map(languageChoice);
  const own = added.find((l) => l.locale === asked);
  if (own) return { tag: own.locale, choices, picker: translatedPicker(own.locale, own.texts), translations: own.texts };
  const tag: BuiltInLocale = asked === 'en' ? 'en' : 'da';
  return { tag, choices, picker: builtInPicker(tag), translations: null };
}
