/*
 * Pre-marking for the review queue (DESIGN.md, Anonymity): spans of a comment that are likely
 * personal data — names of the tenant's people, Danish phone numbers, e-mail addresses — so the
 * analyst sees them at a glance. A pre-mark is a suggestion; only the analyst masks.
 *
 * Offsets are UTF-16 code units, as a browser's text selection counts them, so the console can
 * send back exactly the spans it shows.
 */

/** What a pre-marked span probably is. */
export type SpanKind = 'name' | 'phone' | 'email';

/** A span of a comment: [start, end) in UTF-16 code units. */
export interface MarkedSpan {
  start: number;
  end: number;
  kind: SpanKind;
}

/** The names to look for, as sequences of lower-cased words joined by one space. */
export interface NameIndex {
  names: ReadonlySet<string>;
  /** The most words any name has: how far a match is tried from each word. */
  longest: number;
}

// A word: letters (æ, ø, å and every other alphabet's too) with inner hyphens or apostrophes (Hans-Henrik, O'Brien).
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const MAX_NAME_WORDS = 6;

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLocaleLowerCase('da'), start: m.index, end: m.index + m[0].length }));
}

/**
 * The forms a person's name is likely written in: the full name and first + last name. An HR
 * file's "Sørensen, Lise" or "Sørensen; Lise" is read as Lise Sørensen.
 */
export function nameForms(name: string): string[] {
  const swapped = /^([^,;]+)[,;]\s*(.+)$/.exec(name.trim());
  const ordered = swapped ? `${swapped[2]} ${swapped[1]}` : name;
  const parts = words(ordered).map((w) => w.word);
  if (parts.length < 2) return [];
  const forms = [parts.join(' '), `${parts[0]} ${parts[parts.length - 1]}`];
  return [...new Set(forms)].filter((f) => f.split(' ').length <= MAX_NAME_WORDS);
}

/** An index of the names of the given people (a single word is never a name here: too many false marks). */
export function nameIndex(names: Iterable<string>): NameIndex {
  const set = new Set<string>();
  let longest = 0;
  for (const name of names) {
    for (const form of nameForms(name)) {
      set.add(form);
      longest = Math.max(longest, form.split(' ').length);
    }
  }
  return { names: set, longest };
}

function nameSpans(text: string, index: NameIndex): MarkedSpan[] {
  const found: MarkedSpan[] = [];
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    let best: MarkedSpan | null = null;
    let key = ws[i]!.word;
    for (let j = i + 1; j < ws.length && j - i < index.longest; j++) {
      // Words of one name are separated by blanks alone ("Anna.Jensen" or "Anna, Jensen" is not a name).
      if (!/^[ \t\u00a0]+$/.test(text.slice(ws[j - 1]!.end, ws[j]!.start))) break;
      key += ` ${ws[j]!.word}`;
      if (index.names.has(key)) best = { start: ws[i]!.start, end: ws[j]!.end, kind: 'name' };
    }
    if (best) found.push(best);
  }
  return found;
}

// Eight digits, in pairs or fours with optional blanks, optionally after +45 or 0045; no digit on either side.
const PHONE = /(?<![\d+])(?:(?:\+|00)45[ \u00a0]?)?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

function regexSpans(text: string, pattern: RegExp, kind: SpanKind): MarkedSpan[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind }));
}

/**
 * The likely personal data in a comment, in text order and never overlapping: where two marks
 * overlap the longer wins (an e-mail address that holds a name is one e-mail span).
 */
export function personalDataSpans(text: string, index: NameIndex): MarkedSpan[] {
  const all = [...regexSpans(text, EMAIL, 'email'), ...regexSpans(text, PHONE, 'phone'), ...nameSpans(text, index)]
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: MarkedSpan[] = [];
  for (const span of all) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
