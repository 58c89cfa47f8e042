const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** A short name must match the server's rule: 2–63 of a–z, 0–9 and "-", not starting with "-". */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Suggests a short name from an organisation's name: "Aarhus Kommune" → "aarhus-kommune", "Ærø" → "aeroe". */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøå]/g, (c) => DANISH[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
