import { codedError } from '../errors/spejl-error.ts';
import { MASK } from './cpr-mask.ts';
import type { MarkedSpan } from './review-marks.ts';

/*
 * What a masking may remove (DESIGN.md: an analyst masks personal data; nobody edits a
 * respondent's words). A span of a pre-marked kind must be that pre-mark exactly, as the server
 * finds it. A span the analyst selected must hold whole words, no more than personal data needs,
 * and begin and end with something that looks like personal data: a name of one of the tenant's
 * people, a capitalised word inside a sentence (a name or a place the marks missed), or a word
 * with a digit or an @. So "ikke", "aldrig", a blank or a full stop cannot be masked, and
 * "utilfreds" cannot lose its "u".
 */

/** The longest span an analyst may select, in UTF-16 code units: a long name with its title and address. */
export const SELECTION_MAX_LENGTH = 100;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at]!);
/** Whether [start, end) cuts no word in two. */
const keepsWordsWhole = (text: string, start: number, end: number) =>
  !(isWordChar(text, start - 1) && isWordChar(text, start)) && !(isWordChar(text, end - 1) && isWordChar(text, end));

// A token: letters, digits and the characters of an address or a number written together.
const TOKEN = /[\p{L}\p{N}\p{M}@._+'’-]+/gu;

/** Whether a token of the text, at `start`, looks like personal data. */
function personalToken(text: string, token: string, start: number, nameParts: ReadonlySet<string>): boolean {
  if (/[\p{N}@]/u.test(token)) return true;
  const word = token.replace(/^[._'’-]+|[._'’-]+$/g, '');
  if (nameParts.has(word.toLocaleLowerCase('da'))) return true;
  // Capitalised inside a sentence: the first word of a sentence is capitalised whatever it is.
  const before = text.slice(0, start).trimEnd();
  const opensSentence = before === '' || /[.!?:;\n"“»(]$/u.test(before);
  return /^\p{Lu}/u.test(word) && !opensSentence;
}

/** Whether a selection begins and ends with personal data (its first and last token). */
function looksPersonal(text: string, start: number, end: number, nameParts: ReadonlySet<string>): boolean {
  const tokens = [...text.slice(start, end).matchAll(TOKEN)];
  const [first, last] = [tokens[0], tokens.at(-1)];
  if (!first || !last) return false;
  return personalToken(text, first[0], start + first.index, nameParts) && personalToken(text, last[0], start + last.index, nameParts);
}

/** Whether [start, end) touches a part already removed: [fjernet] is the review's own word, not the respondent's. */
function touchesRemoved(text: string, start: number, end: number): boolean {
  for (let at = text.indexOf(MASK); at >= 0; at = text.indexOf(MASK, at + 1)) {
    if (start < at + MASK.length && at < end) return true;
  }
  return false;
}

interface RuleSpan {
  start: number;
  end: number;
  kind: MarkedSpan['kind'] | 'selection';
}

/** The lower-cased parts of people's names (first names, surnames): what a single-word name the marks missed can be. */
export function namePartsOf(names: Iterable<string>): Set<string> {
  const parts = new Set<string>();
  for (const name of names) for (const part of name.split(' ')) if (part.length > 1) parts.add(part);
  return parts;
}

/** Refuses (BAD_INPUT, numbered as sent) the first span that is not a pre-mark or a whole-word selection of personal data. */
export function assertMaskable(text: string, spans: readonly RuleSpan[], marks: readonly MarkedSpan[], nameParts: ReadonlySet<string> = new Set()): void {
  spans.forEach((s, i) => {
    const index = i + 1;
    if (s.kind !== 'selection') {
      if (!marks.some((m) => m.kind === s.kind && m.start === s.start && m.end === s.end)) throw codedError('BAD_INPUT', 'commentReview.notAMark', { index });
      return;
    }
    if (s.end - s.start > SELECTION_MAX_LENGTH) throw codedError('BAD_INPUT', 'commentReview.selectionTooLong', { index, limit: SELECTION_MAX_LENGTH });
    if (!keepsWordsWhole(text, s.start, s.end)) throw codedError('BAD_INPUT', 'commentReview.partOfWord', { index });
    if (touchesRemoved(text, s.start, s.end)) throw codedError('BAD_INPUT', 'commentReview.touchesRemoved', { index });
    if (!looksPersonal(text, s.start, s.end, nameParts)) throw codedError('BAD_INPUT', 'commentReview.notPersonalData', { index });
  });
}
