import { codedError } from '../errors/spejl-error.ts';
import type { MarkedSpan } from './review-marks.ts';

/*
 * What a masking may remove (DESIGN.md: an analyst masks personal data; nobody edits a
 * respondent's words). A span of a pre-marked kind must be that pre-mark exactly, as the server
 * finds it; a span the analyst selected must hold whole words, and no more than personal data
 * needs. Half a word ("u" of "utilfreds") or a whole sentence would change what the respondent
 * said, so neither can be masked.
 */

/** The longest span an analyst may select, in UTF-16 code units: a long name with its title and address. */
export const SELECTION_MAX_LENGTH = 100;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at]!);
/** Whether [start, end) cuts no word in two. */
const keepsWordsWhole = (text: string, start: number, end: number) =>
  !(isWordChar(text, start - 1) && isWordChar(text, start)) && !(isWordChar(text, end - 1) && isWordChar(text, end));

interface RuleSpan {
  start: number;
  end: number;
  kind: MarkedSpan['kind'] | 'selection';
}

/** Refuses (BAD_INPUT, numbered as sent) the first span that is not a pre-mark or a whole-word selection of personal-data size. */
export function assertMaskable(text: string, spans: readonly RuleSpan[], marks: readonly MarkedSpan[]): void {
  spans.forEach((s, i) => {
    const index = i + 1;
    if (s.kind !== 'selection') {
      if (!marks.some((m) => m.kind === s.kind && m.start === s.start && m.end === s.end)) throw codedError('BAD_INPUT', 'commentReview.notAMark', { index });
      return;
    }
    if (s.end - s.start > SELECTION_MAX_LENGTH) throw codedError('BAD_INPUT', 'commentReview.selectionTooLong', { index, limit: SELECTION_MAX_LENGTH });
    if (!keepsWordsWhole(text, s.start, s.end)) throw codedError('BAD_INPUT', 'commentReview.partOfWord', { index });
  });
}
