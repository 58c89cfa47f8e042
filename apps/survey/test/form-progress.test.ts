import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answeredCount, startingAnswers, themeOffsets, tokenFromHash } from '../src/state/form-progress.ts';

describe('form progress', () => {
  it('counts ved ikke as answered and blanks as not', () => {
    expect(answeredCount([1, null, 'dk', 5, null])).toBe(3);
  });

  it('starts from the saved answers, or blank when the saved shape does not fit the form', () => {
    expect(startingAnswers([4, 'dk'], 2)).toEqual([4, 'dk']);
    expect(startingAnswers(null, 3)).toEqual([null, null, null]);
    expect(startingAnswers([4], 3)).toEqual([null, null, null]);
  });

  it('places every theme right after the previous one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }), (sizes) => {
        const offsets = themeOffsets(sizes);
        sizes.forEach((n, i) => expect((offsets[i + 1] ?? sizes.reduce((a, b) => a + b, 0)) - (offsets[i] ?? 0)).toBe(n));
      }),
    );
  });

  it('reads the token from the fragment and nothing that is not one', () => {
    const token = 'A'.repeat(22) + 'b'.repeat(43);
    expect(tokenFromHash(`#${token}`)).toBe(token);
    expect(tokenFromHash(`#/${token}`)).toBe(token);
    expect(tokenFromHash('#abc')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});
