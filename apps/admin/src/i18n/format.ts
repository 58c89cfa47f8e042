import { formatInstant } from '@spejl/plugin-sdk/render';

/** A day as people in that language write it, on the organisation's calendar: "3. feb. 2026" / "3 Feb 2026". */
export function formatDate(value: Date | string, locale: string, timeZone: string): string {
  return formatInstant(value, { locale, timeZone, style: 'date' });
}

/** A moment with the time of day on the organisation's clocks, for rounds, mail and imports. */
export function formatDateTime(value: Date | string, locale: string, timeZone: string): string {
  return formatInstant(value, { locale, timeZone, style: 'dateTime' });
}
