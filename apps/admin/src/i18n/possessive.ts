/**
 * A name as owner ("… i Annes ledelseskæde"): Danish adds s, or only an apostrophe after s, x or z
 * ("Lars'", "Felix'"); English adds ’s.
 */
export function possessive(name: string, locale: string): string {
  if (locale === 'en') return `${name}’s`;
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}
