/*
 * CPR numbers are masked on arrival, always (DESIGN.md, Anonymity): a comment that names someone's
 * CPR number never reaches storage, review queue or not. A CPR number is DDMMYY-XXXX or DDMMYYXXXX
 * (a space or dash variant between the halves too) whose first six digits are a date that exists
 * in some century — day 29 of February is allowed, since the year's century is not in the number.
 * No modulus-11 check: numbers issued since 2007 need not pass it. Digits run on either side mean a
 * longer number (an account or phone number written together), which is left alone.
 */

/** What a masked span becomes, in the review queue and on arrival alike. */
export const MASK = '[fjernet]';

const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\u2010\u2011\u2013 ]?(\d{4})(?!\d)/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plausibleDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** The text with every plausible CPR number replaced by [fjernet]; anything else unchanged. */
export function maskCpr(text: string): string {
  return text.replace(CANDIDATE, (match, dd: string, mm: string) => (plausibleDate(Number(dd), Number(mm)) ? MASK : match));
}
