import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answeredCount, askedAnswers, startingAnswers, tokenFromHash } from '../src/state/form-progress.ts';

describe('form progress', () => {
  it('counts ved ikke as answered and blanks as not', () => {
    expect(answeredCount([1, null, 'dk', 5, null])).toBe(3);
  });

  it('starts from the saved answers, or blank when the saved shape does not fit the form', () => {
    expect(startingAnswers([4, 'dk'], 2)).toEqual([4, 'dk']);
    expect(startingAnswers(null, 3)).toEqual([null, null, null]);
    expect(startingAnswers([4], 3)).toEqual([null, null, null]);
  });

  it('counts only the statements of the pages a form asks, wherever in the round they stand', () => {
    // A peer's form: the round's first theme (4 statements) is not theirs, samarbejde (3, from 4) is.
    const answers = [5, 5, 5, 5, 4, null, 'dk'] as const;
    expect(askedAnswers(answers, [{ offset: 4, items: [1, 2, 3] }])).toEqual([4, null, 'dk']);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }), fc.array(fc.boolean(), { maxLength: 10 }), (sizes, asks) => {
        const pages: { offset: number; items: number[] }[] = [];
        let offset = 0;
        sizes.forEach((n, i) => {
          if (asks[i]) pages.push({ offset, items: Array.from({ length: n }, (_, j) => j) });
          offset += n;
        });
        const all = Array.from({ length: offset }, (_, i) => i % 3 === 0 ? null : 3) as (3 | null)[];
        const got = askedAnswers(all, pages);
        expect(got).toHaveLength(pages.reduce((n, p) => n + p.items.length, 0));
        expect(got).toEqual(pages.flatMap((p) => all.slice(p.offset, p.offset + p.items.length)));
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
