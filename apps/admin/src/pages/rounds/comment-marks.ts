/*
 * How one queued comment is drawn: its text cut into plain runs, pre-marked spans the analyst may
 * choose, spans chosen for removal, and earlier removals ([fjernet]). Every piece holds exactly
 * its slice of the text, so a selection's offsets, counted over the rendered text, are offsets
 * into the comment itself.
 */

/** A span's kind as the server names it; `selection` is text the analyst selected. */
export type MarkKind = 'name' | 'phone' | 'email' | 'selection';

/** A span of the comment, [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  kind: MarkKind;
}

/** A comment of the review queue as the console holds it. */
export interface QueuedComment {
  ref: string;
  questionId: string;
  questionLabel: { da: string; en: string } | null;
  themeTitle: { da: string; en: string } | null;
  text: string;
  textHash: string;
  spans: Span[];
}

/** One piece of the drawn comment. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  state: 'plain' | 'mark' | 'chosen' | 'removed';
  kind?: MarkKind;
}

const MASK = '[fjernet]';

/** The longest text an analyst may select for removal, as the server counts it (mask-rules.ts): a long name with its title and address. */
export const SELECTION_MAX_LENGTH = 100;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Adds a span to the chosen ones, merged with any it overlaps or touches into one. */
export function choose(chosen: readonly Span[], span: Span): Span[] {
  let merged = { ...span };
  const rest: Span[] = [];
  for (const c of chosen) {
    if (c.start <= merged.end && merged.start <= c.end) merged = { start: Math.min(c.start, merged.start), end: Math.max(c.end, merged.end), kind: c.start === merged.start && c.end === merged.end ? c.kind : 'selection' };
    else rest.push(c);
  }
  return [...rest, merged].sort((a, b) => a.start - b.start);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at]!);

/**
 * A selection widened to whole words and without blanks at its ends: the server masks only whole
 * words (half a word would change what the respondent said). Null when only blanks were selected.
 */
export function wholeWords(text: string, at: { start: number; end: number }): { start: number; end: number } | null {
  let { start, end } = at;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  while (isWordChar(text, start - 1) && isWordChar(text, start)) start--;
  while (isWordChar(text, end - 1) && isWordChar(text, end)) end++;
  return { start, end };
}

/** Takes back a chosen span (by its start). */
export function unchoose(chosen: readonly Span[], start: number): Span[] {
  return chosen.filter((c) => c.start !== start);
}

function plainPieces(text: string, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  while (at < to) {
    const hit = text.indexOf(MASK, at);
    if (hit < 0 || hit + MASK.length > to) break;
    if (hit > at) pieces.push({ start: at, end: hit, text: text.slice(at, hit), state: 'plain' });
    pieces.push({ start: hit, end: hit + MASK.length, text: MASK, state: 'removed' });
    at = hit + MASK.length;
  }
  if (at < to) pieces.push({ start: at, end: to, text: text.slice(at, to), state: 'plain' });
  return pieces;
}

/** The comment cut into pieces: chosen spans first, then the pre-marks they leave whole, plain text between. */
export function pieces(text: string, marks: readonly Span[], chosen: readonly Span[]): Piece[] {
  const shown = [
    ...chosen.map((s) => ({ ...s, state: 'chosen' as const })),
    ...marks.filter((m) => !chosen.some((c) => overlaps(c, m))).map((s) => ({ ...s, state: 'mark' as const })),
  ].sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const s of shown) {
    out.push(...plainPieces(text, at, s.start), { start: s.start, end: s.end, text: text.slice(s.start, s.end), state: s.state, kind: s.kind });
    at = s.end;
  }
  out.push(...plainPieces(text, at, text.length));
  return out;
}

/** A text selection inside `container` as offsets into its text, or null when it is empty or reaches outside. */
export function selectionOffsets(container: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}
