import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_LINES, formComments, maskCpr, storedComment } from '../../src/comments/index.ts';

describe('CPR numbers are masked on arrival', () => {
  it.each([
    ['Ring til hende, cpr 010190-1234, hun ved det', 'Ring til hende, cpr [fjernet], hun ved det'],
    ['0101901234', '[fjernet]'],
    ['29-02 er ikke en cpr, men 290200-1234 er', '29-02 er ikke en cpr, men [fjernet] er'],
    ['311299 1234 og 311299–1234', '[fjernet] og [fjernet]'],
    ['(010190-1234)', '([fjernet])'],
    ['a010190-1234b', 'a[fjernet]b'],
    ['to i træk: 010190-1234,020290-5678.', 'to i træk: [fjernet],[fjernet].'],
    // As word processors and keyboards write them (the attacker review's list).
    ['010190\u00a01234 010190\u202f1234 010190—1234 010190\u22121234', '[fjernet] [fjernet] [fjernet] [fjernet]'],
    ['010190  1234, 010190 - 1234, 010190\t1234, 010190\n1234', '[fjernet], [fjernet], [fjernet], [fjernet]'],
    ['010190/1234 010190_1234 010190.1234', '[fjernet] [fjernet] [fjernet]'],
    ['０１０１９０－１２３４ og ٠١٠١٩٠-١٢٣٤', '[fjernet] og [fjernet]'],
    // As someone hiding one would (the second attacker review's list).
    ['01.01.90-1234 01 01 90-1234 01-01-90-1234 010190:1234 010190-12 34', '[fjernet] [fjernet] [fjernet] [fjernet] [fjernet]'],
    ['O1O19O-1234 ⁰¹⁰¹⁹⁰-¹²³⁴ ⓪①⓪①⑨⓪-①②③④ 𝟎𝟏𝟎𝟏𝟗𝟎-𝟏𝟐𝟑𝟒', '[fjernet] [fjernet] [fjernet] [fjernet]'],
  ])('masks %j', (text, masked) => {
    expect(maskCpr(text)).toBe(masked);
  });

  it('takes invisible format characters out first, so they cannot split a number or a name', () => {
    expect(storedComment('010190\u200b-1234 og 0101\u00ad901234 og \u202e010190-1234')).toBe('[fjernet] og [fjernet] og [fjernet]');
    expect(storedComment('Anna \u200bJensen')).toBe('Anna Jensen');
    // Invisible characters of other kinds: a variation selector, the grapheme joiner, Hangul and Braille blanks, a mark on a digit.
    expect(storedComment('0\ufe0e10190-1234 0101\u034f90-1234 010190\u31641234 010190\u28001234 0\u030110190-1234')).toBe('[fjernet] [fjernet] [fjernet] [fjernet] [fjernet]');
    // A mark on a letter is the letter's own (a decomposed å keeps its ring).
    expect(storedComment('Ga\u030ard')).toBe('Ga\u030ard');
  });

  it.each([
    ['a date that does not exist: 320190-1234, 310490-1234, 300290-1234, 011390-1234, 000190-1234'],
    ['a phone number: 12 34 56 78, +45 12345678'],
    ['longer digit runs: 12010190-1234, 010190-12345, 9876543210123'],
    ['an amount: 1.500.000 kr., a year span 2019-2024, a date 01-01-2020'],
    ['a meeting 01.02.2024 kl. 10.30-11.45, 1.1.2024: 12 møder, letters alone: OOOOOO-OOOO'],
  ])('leaves %j alone', (text) => {
    expect(maskCpr(text)).toBe(text);
  });

  it('masks before anything is stored, and the original is gone from what is stored', () => {
    const { comments } = formComments({ 'borgerorientering.godt': 'Min CPR er 241287-4321.' });
    expect(comments).toEqual({ 'borgerorientering.godt': 'Min CPR er [fjernet].' });
    expect(JSON.stringify(comments)).not.toContain('4321');
  });

  it('stores formulas as the words they are, drops control characters and normalises line breaks', () => {
    expect(storedComment('=HYPERLINK("http://x.example","klik")')).toBe('=HYPERLINK("http://x.example","klik")');
    expect(storedComment('  \r\nførste\r\nanden\u0000\u0007 \t')).toBe('første\nanden');
  });

  it('keeps at most one empty line in a row and 40 lines in all, so no comment fills pages of a report with blank lines', () => {
    expect(storedComment('Godt\n\n\n\n \n\t\nMen')).toBe('Godt\n\nMen');
    expect(storedComment(`a${'\n'.repeat(1998)}b`)).toBe('a\n\nb');
    const lines = Array.from({ length: 60 }, (_, i) => `linje ${i + 1}`);
    const stored = storedComment(lines.join('\u2028'));
    expect(stored.split('\n')).toHaveLength(COMMENT_MAX_LINES);
    expect(stored.endsWith('linje 40 linje 41 linje 42')).toBe(false);
    expect(stored).toContain('\nlinje 40 linje 41 linje 42');
    expect(stored.endsWith('linje 60')).toBe(true);
  });

  it('leaves unanswered questions out and names comments over 2,000 characters (counted as a person counts them)', () => {
    const emoji = '😀'.repeat(2000); // 4,000 UTF-16 units, 2,000 characters
    const { comments, tooLong } = formComments({ a: '', b: null, c: '   ', d: emoji, e: 'x'.repeat(2001) });
    expect(comments).toEqual({ d: emoji });
    expect(tooLong).toEqual([{ question: 'e', length: 2001 }]);
  });
});
