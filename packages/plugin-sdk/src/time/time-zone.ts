/** Where Spejl's organisations are: every tenant shows times here unless it chooses another zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

// An IANA name ("Europe/Copenhagen", "UTC", "Etc/GMT-1"), not an offset like "+01:00" that newer engines also accept.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * The zone's name as Spejl keeps it ("europe/copenhagen" → "Europe/Copenhagen"), or undefined
 * when the running engine knows no such zone. Intl is the authority: what it cannot format in,
 * nothing in Spejl could show. A name the engine accepts but does not list (a newer spelling such
 * as America/Nuuk on an older ICU, or a link such as US/Eastern) is kept as typed: engines
 * resolve names differently, and the one the admin chose is the one they will recognise.
 */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (!ZONE_NAME.test(trimmed)) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: trimmed }).format(0);
  } catch {
    return undefined;
  }
  const lower = trimmed.toLowerCase();
  return knownTimeZones().find((zone) => zone.toLowerCase() === lower) ?? trimmed;
}

/** Whether a name is a time zone the engine knows. */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}

/** Every zone the engine lists (for a picker), UTC first. */
export function knownTimeZones(): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [DEFAULT_TIME_ZONE];
  return ['UTC', ...listed.filter((zone) => zone !== 'UTC')];
}
