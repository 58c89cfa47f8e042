import { z } from 'zod';
import type { FormComments } from '@spejl/db';
import { COMMENT_MAX_LENGTH, commentLength } from './comment-limits.ts';
import { maskCpr } from './cpr-mask.ts';

/** Open question ids a form may carry comments for: a round asks a few per theme. */
const MAX_QUESTIONS = 100;

/**
 * Comments as a client sends them: open question id → text; empty or null means not answered.
 * The sizes here only bound the request: the 2,000-character rule is counted in code points below.
 */
export const commentsSchema = z
  .record(z.string().min(1).max(200), z.string().max(COMMENT_MAX_LENGTH * 2).nullable())
  .refine((c) => Object.keys(c).length <= MAX_QUESTIONS, { error: `at most ${MAX_QUESTIONS} comments in one form` });

/** A comment over the limit: which question and how long it was (never its text). */
export interface TooLongComment {
  question: string;
  length: number;
}

// Control characters other than tab and line breaks: invisible, and \u0000 cannot be stored in jsonb at all.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Invisible format characters (zero-width spaces, soft hyphens, direction overrides): they can split a CPR number or a name past the masking, and make a comment read otherwise than it is.
// Invisible: format characters, variation selectors, the grapheme joiner, Hangul and Braille blanks, and marks on a digit.
const FORMAT = /[\p{Cf}\u034f\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u115f\u1160\u3164\uffa0\u2800]|(?<=\p{N})\p{M}+/gu;

/** How many lines a comment keeps; the rest of its line breaks become blanks (a column of 2,000 empty lines would fill 40 report pages). */
export const COMMENT_MAX_LINES = 40;

/** Line breaks as \n, at most one empty line in a row, and no more than COMMENT_MAX_LINES lines. */
function boundedLines(text: string): string {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\n[ \t]*(?:\n[ \t]*)+\n/g, '\n\n').split('\n');
  return lines.length <= COMMENT_MAX_LINES ? lines.join('\n') : `${lines.slice(0, COMMENT_MAX_LINES).join('\n')} ${lines.slice(COMMENT_MAX_LINES).join(' ')}`;
}

/** One comment as stored: at most 40 lines, no control characters, no surrounding blanks, CPR numbers masked. */
export function storedComment(text: string): string {
  return maskCpr(boundedLines(text.replace(CONTROL, '').replace(FORMAT, '')).trim());
}

/**
 * The comments a form stores, from what a rater wrote: unanswered questions left out, every text
 * cleaned and CPR-masked on arrival (storedComment), and those over 2,000 characters named. Nothing
 * else is changed: a comment is the respondent's words, formulas and all, and is never evaluated.
 */
export function formComments(input: Readonly<Record<string, string | null | undefined>>): { comments: FormComments; tooLong: TooLongComment[] } {
  const comments: FormComments = {};
  const tooLong: TooLongComment[] = [];
  for (const [question, raw] of Object.entries(input)) {
    const text = storedComment(raw ?? '');
    if (!text) continue;
    const length = commentLength(text);
    if (length > COMMENT_MAX_LENGTH) tooLong.push({ question, length });
    else comments[question] = text;
  }
  return { comments, tooLong };
}
