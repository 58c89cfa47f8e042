/** The languages Spejl speaks; Danish is the default everywhere, English the second. */
export const LOCALES = ['da', 'en'] as const;
/** One of Spejl's languages. */
export type Locale = (typeof LOCALES)[number];
/** The language every text falls back to when a translation is missing. */
export const DEFAULT_LOCALE: Locale = 'da';

/** One text in each of the locales `L`. */
export type Texts<L extends Locale = Locale> = { readonly [K in L]: string };

/** Picks the text in `locale`, falling back to Danish (every plugin must ship Danish). */
export function textIn(texts: Partial<Record<Locale, string>>, locale: Locale): string {
  return texts[locale] ?? texts[DEFAULT_LOCALE] ?? '';
}
