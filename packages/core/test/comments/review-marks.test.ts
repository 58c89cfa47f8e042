import { describe, expect, it } from 'vitest';
import { maskSpans, nameIndex, personalDataSpans, SpejlError } from '../../src/index.ts';

const names = nameIndex(['Birgitte Ravn', 'Hanne Marie Østergård', 'Sørensen; Lise', 'Åse Nielsen', 'Ole']);
const marked = (text: string) => personalDataSpans(text, names).map((s) => [text.slice(s.start, s.end), s.kind]);

describe('pre-marking likely personal data', () => {
  it('marks full names and first + last names, case-insensitively, at word boundaries, with Danish letters', () => {
    expect(marked('Jeg talte med hanne marie østergård og Hanne Østergård i går.')).toEqual([['hanne marie østergård', 'name'], ['Hanne Østergård', 'name']]);
    expect(marked('ÅSE NIELSEN sagde det, og Lise Sørensen var enig')).toEqual([['ÅSE NIELSEN', 'name'], ['Lise Sørensen', 'name']]);
    // Inside a longer word, split by punctuation, or a single first name: not marked.
    expect(marked('Birgitte Ravnsborg, Birgitte. Ravn, Ole er sød')).toEqual([]);
  });

  it('marks Danish phone numbers with or without +45 and blanks, and e-mail addresses, the longer mark winning', () => {
    expect(marked('Ring 12 34 56 78 eller +45 87654321 eller 0045 2233 4455')).toEqual([['12 34 56 78', 'phone'], ['+45 87654321', 'phone'], ['0045 2233 4455', 'phone']]);
    expect(marked('Skriv til birgitte.ravn@egeskov.dk (Birgitte Ravn)')).toEqual([['birgitte.ravn@egeskov.dk', 'email'], ['Birgitte Ravn', 'name']]);
    // Nine digits or an account number are not a phone number.
    expect(marked('konto 123456789 og 1234-5678')).toEqual([]);
  });
});

describe('masking spans', () => {
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(SpejlError);
      return (error as SpejlError).coded?.code;
    }
    throw new Error('expected a refusal');
  };

  it('replaces each span by [fjernet] and keeps every other word', () => {
    const text = 'Ring til Birgitte Ravn på 12345678.';
    expect(maskSpans(text, [{ start: 26, end: 34, kind: 'phone' }, { start: 9, end: 22, kind: 'name' }])).toBe('Ring til [fjernet] på [fjernet].');
  });

  it('refuses spans out of range, empty, splitting a character, overlapping, or none', () => {
    const text = 'Hej 👋 Birgitte';
    expect(refusal(() => maskSpans(text, [{ start: 4, end: 99, kind: 'selection' }]))).toBe('commentReview.badSpan');
    expect(refusal(() => maskSpans(text, [{ start: 3, end: 3, kind: 'selection' }]))).toBe('commentReview.badSpan');
    expect(refusal(() => maskSpans(text, [{ start: 5, end: 7, kind: 'selection' }]))).toBe('commentReview.badSpan');
    expect(refusal(() => maskSpans(text, [{ start: 0, end: 4, kind: 'selection' }, { start: 3, end: 8, kind: 'name' }]))).toBe('commentReview.overlappingSpans');
    expect(refusal(() => maskSpans(text, []))).toBe('commentReview.noSpans');
    expect(maskSpans(text, [{ start: 4, end: 6, kind: 'selection' }])).toBe('Hej [fjernet] Birgitte');
  });
});
