/*
 * CPR numbers are masked on arrival, always (DESIGN.md, Anonymity): a comment that names someone's
 * CPR number never reaches storage, review queue or not. A CPR number is DDMMYY-XXXX or DDMMYYXXXX
 * (a space or dash variant between the halves too) whose first six digits are a date that exists
 * in some century — day 29 of February is allowed, since the year's century is not in the number.
 * No modulus-11 check: numbers issued since 2007 need not pass it. Digits run on either side mean a
 * longer number (an account or phone number written together), which is left alone.
 * Written the ways people and word processors write them, and the ways someone hiding one would:
 * any digit Unicode knows (full-width, superscript, circled) and the letter O for a zero; a blank,
 * dash, slash, dot, colon or underscore between day, month and year and inside the last four; the
 * halves apart by up to three blanks or dashes of any kind (a non-breaking space, an en or em dash,
 * a minus sign, a tab, a line break). Invisible characters (zero-width spaces, soft hyphens,
 * direction marks, variation selectors, fillers, marks on a digit) are taken out of a comment
 * before this runs (form-comments.ts), so they cannot split a number either. A date-like number
 * that is no CPR number is sometimes masked too: masking one too many beats missing one.
 */

/** What a masked span becomes, in the review queue and on arrival alike. */
export const MASK = '[fjernet]';

const DIGIT = '[\\p{Nd}\\p{No}Oo]';
const INNER = '[\\s\\p{Pd}\\u2212/._:]?';
const HALVES = '[\\s\\p{Pd}\\u2212/._:]{0,3}';
const CANDIDATE = new RegExp(`(?<!${DIGIT})(${DIGIT}{2})${INNER}(${DIGIT}{2})${INNER}(${DIGIT}{2})${HALVES}(${DIGIT}{2})${INNER}(${DIGIT}{2})(?!${DIGIT})`, 'gu');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plausibleDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** Two digits as ASCII: NFKC folds full-width, superscript and circled ones; an O is a zero. */
const ascii = (digits: string) => digits.normalize('NFKC').replace(/[Oo]/g, '0');

/** Whether the first digits read as a date that exists; digits NFKC does not make ASCII (other scripts) count as one, to mask rather than miss. */
function plausibleDigits(dd: string, mm: string): boolean {
  const [day, month] = [ascii(dd), ascii(mm)];
  if (!/^\d\d$/.test(day) || !/^\d\d$/.test(month)) return true;
  return plausibleDate(Number(day), Number(month));
}

/** The text with every plausible CPR number replaced by [fjernet]; anything else unchanged. */
export function maskCpr(text: string): string {
  return text.replace(CANDIDATE, (match, dd: string, mm: string, ...rest: string[]) => {
    // Ten O's or other letters alone are no number: at least half must be digits.
    const digits = [dd, mm, ...rest.slice(0, 3)].join('').replace(/[Oo]/g, '').length;
    return digits >= 5 && plausibleDigits(dd, mm) ? MASK : match;
  });
}
