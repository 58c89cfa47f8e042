/*
 * CPR numbers are masked on arrival, always (DESIGN.md, Anonymity): a comment that names someone's
 * CPR number never reaches storage, review queue or not. A CPR number is DDMMYY-XXXX or DDMMYYXXXX
 * (a space or dash variant between the halves too) whose first six digits are a date that exists
 * in some century — day 29 of February is allowed, since the year's century is not in the number.
 * No modulus-11 check: numbers issued since 2007 need not pass it. Digits run on either side mean a
 * longer number (an account or phone number written together), which is left alone.
 * Written the ways people and word processors write them: any digits Unicode knows (full-width
 * too), the halves apart by up to three blanks or dashes of any kind (a non-breaking space, an en
 * or em dash, a minus sign, a tab, a line break) or a slash, dot or underscore. Invisible format
 * characters (zero-width spaces, soft hyphens, direction marks) are taken out of a comment before
 * this runs (form-comments.ts), so they cannot split a number either.
 */

/** What a masked span becomes, in the review queue and on arrival alike. */
export const MASK = '[fjernet]';

const CANDIDATE = /(?<!\p{Nd})(\p{Nd}{2})(\p{Nd}{2})(\p{Nd}{2})[\s\p{Pd}\u2212/._]{0,3}(\p{Nd}{4})(?!\p{Nd})/gu;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plausibleDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** Whether six digits read as a date that exists; digits NFKC does not make ASCII (other scripts) count as one, to mask rather than miss. */
function plausibleDigits(dd: string, mm: string): boolean {
  const [day, month] = [dd.normalize('NFKC'), mm.normalize('NFKC')];
  if (!/^\d\d$/.test(day) || !/^\d\d$/.test(month)) return true;
  return plausibleDate(Number(day), Number(month));
}

/** The text with every plausible CPR number replaced by [fjernet]; anything else unchanged. */
export function maskCpr(text: string): string {
  return text.replace(CANDIDATE, (match, dd: string, mm: string) => (plausibleDigits(dd, mm) ? MASK : match));
}
