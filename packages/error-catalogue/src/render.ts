import { CATALOGUE, isErrorCode } from './catalogue.ts';
import type { Language } from './language.ts';
import { valueInWords } from './value-words.ts';

type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^{}]*))?\}/g;

/** The parameter names a template uses, once each, sorted: `{count|line|lines} {lines}` → count, lines. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

function say(value: string | number, name: string, language: Language): string {
  // No thousands separator: most numbers here are line numbers ("linje 1204"), which no one groups.
  if (typeof value === 'number') return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1, useGrouping: false }).format(value);
  return valueInWords(name, value, language);
}

/** Fills a template: parameters in the reader's language, `{n|one|many}` by whether n is 1. A missing value stays visible as `{name}`. */
export function fillTemplate(template: string, params: Params, language: Language): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, many?: string) => {
    const value = params[name];
    if (one !== undefined) return Number(value) === 1 ? one : (many ?? '');
    return value === undefined ? whole : say(value, name, language);
  });
}

/** What a coded error says in a language, or undefined for a code this catalogue does not know (an older or newer server). */
export function renderError(code: string | undefined, params: Params | undefined, language: Language): string | undefined {
  if (!isErrorCode(code)) return undefined;
  return fillTemplate(CATALOGUE[code][language], params ?? {}, language);
}
