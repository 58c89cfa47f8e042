/** Languages an organisation's staff often read, offered first when adding one (any tag can be typed). */
export const SUGGESTED_LANGUAGES = ['pl', 'ar', 'uk', 'tr', 'de', 'ro', 'lt', 'so', 'fa', 'ur', 'ti', 'es', 'fr', 'sv', 'nb', 'fo', 'kl'] as const;

/** A language named in the console's language, with its tag: "polsk (pl)". */
export function languageLabel(tag: string, inLocale: string): string {
  try {
    const name = new Intl.DisplayNames([inLocale], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
