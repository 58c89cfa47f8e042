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
 * A moment as people in the organisation read it: in its time zone (not the reader's machine's),
 * in the reader's language — "29. marts 2026 kl. 03.30" / "29 March 2026 at 03:30". Danish for
 * any language Spejl does not speak, and the default zone for a missing one.
 */
export function formatInstant(value: Date | string, { locale, timeZone, style = 'dateTime' }: InstantFormat): string {
  const format = new Intl.DateTimeFormat(TAGS[locale] ?? TAGS.da, { ...OPTIONS[style], timeZone: timeZone || DEFAULT_TIME_ZONE });
  return format.format(asDate(value));
}
