/** A date and time the way the respondent's language writes it. */
export function formatDate(value: string | Date, locale: string): string {
  return new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long', timeStyle: 'short' });
}
