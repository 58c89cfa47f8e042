import { describe, expect, it } from 'vitest';
import { assertMaskable, namePartsOf } from '../../src/comments/mask-rules.ts';
import { SpejlError } from '../../src/errors/spejl-error.ts';

const TEXT = 'Mads er ikke en god leder. Han lytter aldrig, men det er ok i Vestergade 12 og på bo@egeskov.dk. [fjernet] sagde det.';
const parts = namePartsOf(['mads bæk', 'lise sørensen']);
const span = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, kind: 'selection' as const };
};
const refusal = (spans: { start: number; end: number; kind: 'selection' }[]) => {
  try {
    assertMaskable(TEXT, spans, [], parts);
  } catch (e) {
    return e instanceof SpejlError ? e.coded?.code : e;
  }
  return null;
};

describe('what an analyst may mask by selecting it (the second attacker review)', () => {
  it('refuses the words that carry the respondent\'s meaning, blanks, punctuation and the review\'s own [fjernet]', () => {
    expect(refusal([span('ikke')])).toBe('commentReview.notPersonalData');
    expect(refusal([span('aldrig')])).toBe('commentReview.notPersonalData');
    expect(refusal([span('Han')])).toBe('commentReview.notPersonalData');
    expect(refusal([span(' ')])).toBe('commentReview.notPersonalData');
    expect(refusal([span('.')])).toBe('commentReview.notPersonalData');
    expect(refusal([span('fjernet')])).toBe('commentReview.touchesRemoved');
    expect(refusal([span('Vestergade 12 og på bo@egeskov.dk. [fjernet]')])).toBe('commentReview.touchesRemoved');
    // A run from a name to a word of opinion ends on the opinion.
    expect(refusal([span('Mads er ikke')])).toBe('commentReview.notPersonalData');
  });

  it('takes a name of the tenant\'s people, a capitalised word inside a sentence, a number and an address, and runs between them', () => {
    expect(refusal([span('Mads')])).toBeNull();
    expect(refusal([span('Vestergade')])).toBeNull();
    expect(refusal([span('12')])).toBeNull();
    expect(refusal([span('bo@egeskov.dk')])).toBeNull();
    expect(refusal([span('Vestergade 12')])).toBeNull();
    expect(refusal([span('Vestergade 12 og på bo@egeskov.dk')])).toBeNull();
  });
});
