import { describe, expect, it } from 'vitest';
import { choose, pieces, unchoose, wholeWords } from '../src/pages/rounds/comment-marks.ts';

const TEXT = 'Ring til Birgitte Ravn på 12345678. [fjernet] sagde det.';
const NAME = { start: 9, end: 22, kind: 'name' as const };
const PHONE = { start: 26, end: 34, kind: 'phone' as const };

describe('drawing a queued comment', () => {
  it('cuts the text into pieces that, joined, are the text itself (so selection offsets are comment offsets)', () => {
    const drawn = pieces(TEXT, [NAME, PHONE], [{ start: 0, end: 4, kind: 'selection' }]);
    expect(drawn.map((p) => p.text).join('')).toBe(TEXT);
    expect(drawn.map((p) => [p.text, p.state])).toEqual([
      ['Ring', 'chosen'], [' til ', 'plain'], ['Birgitte Ravn', 'mark'], [' på ', 'plain'], ['12345678', 'mark'], ['. ', 'plain'], ['[fjernet]', 'removed'], [' sagde det.', 'plain'],
    ]);
  });

  it('merges a chosen span with those it overlaps, hides the pre-marks it covers, and takes one back by its start', () => {
    const chosen = choose(choose([], NAME), { start: 18, end: 25, kind: 'selection' });
    expect(chosen).toEqual([{ start: 9, end: 25, kind: 'selection' }]);
    expect(pieces(TEXT, [NAME, PHONE], chosen).filter((p) => p.state !== 'plain' && p.state !== 'removed').map((p) => p.text)).toEqual(['Birgitte Ravn på', '12345678']);
    expect(choose(chosen, PHONE)).toHaveLength(2);
    expect(unchoose(choose(chosen, PHONE), 9)).toEqual([PHONE]);
    // Choosing a pre-mark keeps its kind, for the audit.
    expect(choose([], NAME)).toEqual([NAME]);
  });

  it('widens a selection to whole words and trims its blanks, as the server masks only whole words', () => {
    // "ring" selected as "in" and "Birgitte Ra" plus the blank before it.
    expect(wholeWords(TEXT, { start: 1, end: 3 })).toEqual({ start: 0, end: 4 });
    expect(wholeWords(TEXT, { start: 8, end: 20 })).toEqual({ start: 9, end: 22 });
    expect(wholeWords(TEXT, { start: 4, end: 5 })).toBeNull();
    expect(wholeWords('Mødet med Åse-Marie gik godt', { start: 12, end: 15 })).toEqual({ start: 10, end: 19 });
  });
});

