import { formatInstant } from '@spejl/plugin-sdk/time';

/** A date and time the way the respondent's language writes it, on the organisation's clocks (not the phone's). */
export function formatDate(value: string | Date, locale: string, timeZone: string | undefined): string {
  return formatInstant(value, { locale, timeZone, style: 'longDateTime' });
}
