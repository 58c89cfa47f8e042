import { z } from 'zod';
import { codedParams } from '../errors/zod-issues.ts';

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** The canonical form of a BCP-47 tag (`PL` → `pl`, `en-gb` → `en-GB`), or null when it is none. */
export function canonicalTag(tag: string): string | null {
  if (!/^[A-Za-z0-9-]{2,35}$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** A language tag as every edge takes it (people file, console, translation file): BCP-47, canonical. */
export const languageTagSchema = z.string().trim().transform((tag, ctx) => {
  const canonical = canonicalTag(tag);
  if (canonical) return canonical;
  ctx.addIssue({ code: 'custom', message: `"${tag}" is not a language tag`, params: codedParams('languages.badTag', { tag }) });
  return z.NEVER;
});

/**
 * Which way a language is written, from its likely script (`ar` → Arab → rtl, `uz-Arab` too,
 * `az` → Latn → ltr): the browser then lays the page out mirrored.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A language's name in another language (`pl` in Danish: "polsk"); the tag itself if the runtime knows no name. */
export function languageName(tag: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language as a respondent picks it: its tag, its own name (endonym) and direction. */
export interface LanguageChoice {
  readonly tag: string;
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
}

/** A language as the switcher lists it, named in itself so a reader finds their own. */
export function languageChoice(tag: string): LanguageChoice {
  return { tag, name: languageName(tag, tag), dir: textDirection(tag) };
}
