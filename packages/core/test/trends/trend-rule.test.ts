import fc from 'fast-check';
import type { ThemeAggregate } from '@spejl/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { trendPoints, type RoundFigure } from '../../src/trends/trend-rule.ts';

const shown = (n: number, mean: number, forms = n): ThemeAggregate => ({ suppressed: false, forms, n, mean, sd: 0.5 });
const withheld: RoundFigure = { suppressed: true, reason: 'below-threshold' };

describe('trend points under the anonymity rule', () => {
  it('compares two published means of groups of the same size', () => {
    expect(trendPoints(shown(8, 4.1), [shown(8, 3.6)], 5)).toEqual([{ shown: true, mean: 3.6, n: 8 }]);
  });

  it('shows no difference for a chain that gained one form between rounds (n·m would give the newcomer away)', () => {
    expect(trendPoints(shown(21, 4.0), [shown(20, 3.8)], 5)).toEqual([{ shown: false, reason: 'count-change' }]);
    // Any change of 1..k−1 is refused, in either direction; k or more is a group of its own size.
    for (const n of [16, 17, 18, 19, 21, 22, 23, 24]) expect(trendPoints(shown(20, 4), [shown(n, 3)], 5)[0]!.shown).toBe(false);
    for (const n of [15, 20, 25, 40]) expect(trendPoints(shown(20, 4), [shown(n, 3)], 5)[0]!.shown).toBe(true);
  });

  it('refuses a change in forms even when the answering count stayed (a form of only ved ikke joined)', () => {
    expect(trendPoints(shown(10, 4, 11), [shown(10, 3.5, 10)], 5)).toEqual([{ shown: false, reason: 'count-change' }]);
  });

  it('compares nothing with a leader whose team was withheld in one round, either way round', () => {
    expect(trendPoints(shown(6, 4), [withheld], 5)).toEqual([{ shown: false, reason: 'not-published' }]);
    expect(trendPoints(withheld, [shown(6, 4), shown(6, 3.5)], 5)).toEqual([{ shown: false, reason: 'not-published' }, { shown: false, reason: 'not-published' }]);
  });

  it('says when an earlier round did not ask the theme', () => {
    expect(trendPoints(shown(6, 4), ['not-asked', shown(6, 3)], 5)).toEqual([{ shown: false, reason: 'not-asked' }, { shown: true, mean: 3, n: 6 }]);
  });

  it('holds the rule between every two points shown, not only against this round', () => {
    // 10 now, 15 last time (a difference of 5), 12 before that: 12 is 2 from 10 and 3 from 15.
    expect(trendPoints(shown(10, 4), [shown(12, 3), shown(15, 3.5)], 5)).toEqual([{ shown: false, reason: 'count-change' }, { shown: true, mean: 3.5, n: 15 }]);
  });

  it('property: no two shown points (this round included) differ by 1..k−1 answering forms or forms', () => {
    const figure = fc.oneof(
      fc.record({ n: fc.integer({ min: 3, max: 40 }), extra: fc.integer({ min: 0, max: 3 }), mean: fc.double({ min: 1, max: 5, noNaN: true }) }).map((f) => shown(f.n, f.mean, f.n + f.extra) as RoundFigure),
      fc.constant(withheld),
    );
    fc.assert(fc.property(fc.integer({ min: 3, max: 8 }), figure, fc.array(figure, { maxLength: 5 }), (k, current, earlier) => {
      const points = trendPoints(current, earlier, k);
      expect(points).toHaveLength(earlier.length);
      if (current === 'not-asked' || current.suppressed) return points.every((p) => !p.shown);
      const kept = [current, ...earlier.filter((_, i) => points[i]!.shown)] as ThemeAggregate[];
      const bad = (a: number, b: number) => Math.abs(a - b) > 0 && Math.abs(a - b) < k;
      for (const a of kept) for (const b of kept) if (bad(a.n, b.n) || bad(a.forms, b.forms)) return false;
      // Every shown point is an earlier round's own published mean, never a computed one.
      return earlier.every((f, i) => !points[i]!.shown || (f !== 'not-asked' && !f!.suppressed && points[i]!.shown && (points[i] as { mean: number }).mean === f!.mean));
    }));
  });
});
