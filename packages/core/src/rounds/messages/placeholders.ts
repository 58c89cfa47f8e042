/*
 * The placeholders of a round's mail texts (`{{name}}`, `{{ link }}`): one pattern for filling
 * them in and for checking the texts, so no spelling fills what the check lets through.
 */

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Placeholders whose value only the addressee may see (the personal survey link). They belong
 * in the text alone: the outbox keeps a copy of the text with them withheld, while a subject is
 * seen in the outbox's list and search, in mail lists and in notifications.
 */
export const SECRET_PLACEHOLDERS: readonly string[] = ['link'];

/** The placeholders a template uses, by name, once each and in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The secret placeholders a template uses, as written in it (`{{ link }}`), for a message naming them. */
export function secretPlaceholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].filter((m) => SECRET_PLACEHOLDERS.includes(m[1]!)).map((m) => m[0]))];
}

/** Fills a template's placeholders from `values`; one it has no value for stays as written. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => (Object.hasOwn(values, key) ? values[key]! : whole));
}
