import { DEFAULT_TIME_ZONE } from './time-zone.ts';

/** How much of a moment to say: the day, or the day and the time of day; `long` writes the month out. */
export type InstantStyle = 'date' | 'dateTime' | 'longDate' | 'longDateTime';

const TAGS: Record<string, string> = { da: 'da-DK', en: 'en-GB' };

const OPTIONS: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  longDate: { dateStyle: 'long' },
  longDateTime: { dateStyle: 'long', timeStyle: 'short' },
};

/** What to say a moment in: the reader's language and the organisation's time zone. */
export interface InstantFormat {
  locale: string;
  timeZone?: string | undefined;
  style?: InstantStyle;
}

// Dates often arrive as ISO strings (plain JSON), though a router's types may say Date.
function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/**
 * A formatter in the first of the zones this engine knows. The server checks a tenant's zone with
 * its own Intl, and a browser's may be older and not know it (a new zone, a renamed one): the page
 * must still show its times, so it falls back to Spejl's default zone, and to UTC, which every
 * engine knows. `fellBack` names the zone used when it is not the one asked for.
 */
function zonedFormat(tag: string, style: InstantStyle, timeZone: string): { format: Intl.DateTimeFormat; fellBack: string | null } {
  for (const zone of [...new Set([timeZone, DEFAULT_TIME_ZONE, 'UTC'])]) {
    try {
      return { format: new Intl.DateTimeFormat(tag, { ...OPTIONS[style], timeZone: zone }), fellBack: zone === timeZone ? null : zone };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  throw new RangeError(`no time zone to format in: ${timeZone}`);
}

/**
 * A moment as people in the organisation read it: in its time zone (not the reader's machine's),
 * in the reader's language — "29. marts 2026 kl. 03.30" / "29 March 2026 at 03:30". Danish for
 * any language Spejl does not speak, and the default zone for a missing one. A zone this engine
 * does not know is not an error: the moment is said in Europe/Copenhagen (or UTC) and the zone
 * named after it — "29. marts 2026 kl. 03.30 (Europe/Copenhagen)" — so nobody takes it for the
 * organisation's own clock.
 */
export function formatInstant(value: Date | string, { locale, timeZone, style = 'dateTime' }: InstantFormat): string {
  const { format, fellBack } = zonedFormat(TAGS[locale] ?? 'da-DK', style, timeZone || DEFAULT_TIME_ZONE);
  const text = format.format(asDate(value));
  return fellBack ? `${text} (${fellBack})` : text;
}
