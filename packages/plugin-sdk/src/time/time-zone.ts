/** Where Spejl's organisations are: every tenant shows times here unless it chooses another zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

// An IANA name ("Europe/Copenhagen", "UTC", "Etc/GMT-1"), not an offset like "+01:00" that newer engines also accept.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * The zone's canonical IANA name ("europe/copenhagen" → "Europe/Copenhagen"), or undefined
 * when the running engine knows no such zone. Intl is the authority: what it cannot format in,
 * nothing in Spejl could show.
 */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (!ZONE_NAME.test(trimmed)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
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
