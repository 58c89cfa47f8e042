import type { Locale } from './index.ts';

const TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

// Dates arrive from the API as ISO strings (plain JSON), though the router's types say Date.
function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A day as people in that language write it: "3. feb. 2026" / "3 Feb 2026". */
export function formatDate(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(TAGS[locale as Locale] ?? 'da-DK', { dateStyle: 'medium' }).format(asDate(value));
}

/** A moment with the time of day, for mail and audit entries. */
export function formatDateTime(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(TAGS[locale as Locale] ?? 'da-DK', { dateStyle: 'medium', timeStyle: 'short' }).format(asDate(value));
}
