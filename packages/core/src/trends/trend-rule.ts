import type { Suppressed, ThemeAggregate, TrendPoint } from '@spejl/plugin-sdk';

/** One round's employee theme figure for the followed group: published, withheld, or the theme not asked. */
export type RoundFigure = ThemeAggregate | Suppressed | 'not-asked';

/*
 * The rule every trend point obeys (DESIGN.md, Anonymity, rules 2 and 3 carried across rounds).
 *
 * 1. Only numbers published in both rounds are compared: a point is shown only where the earlier
 *    round published the group's mean and this round publishes it too. A figure withheld in either
 *    round stays withheld; no difference is ever formed with it.
 *
 * 2. Two rounds' groups hold different forms, so they are not nested, and rule 3 does not apply as
 *    written. But a reader who puts two rounds' means side by side reads the change as "what the
 *    ones who joined or left said": with n₁ forms at mean m₁ and n₂ at m₂, n₂·m₂ − n₁·m₁ is the sum
 *    of |n₂ − n₁| answers if everyone else answered as before — a group of fewer than k when the
 *    count moved by 1..k−1. We therefore treat the two groups as if nested and apply rule 3 to them:
 *    two points may stand in one trend only if their answering forms (`n`) and their forms
 *    (`forms`) each differ by 0 or by at least k. A change of 0 can still hide swaps (one left, one
 *    joined); counts are all a report can know of who answered (rule 1), and a swap isolates no sum.
 *
 * 3. A trend shows every point against every other, so the rule holds pairwise: the earlier rounds
 *    are taken newest first and a point joins only if it passes against this round and against
 *    every point already shown. When in doubt a point is left out (suppress more, never less).
 *
 * What this cannot prevent: each round's own report stays readable on its own, with its counts.
 * The trend adds no number those reports do not publish; it only refuses to do the subtraction.
 */

function safeDifference(a: number, b: number, k: number): boolean {
  const d = Math.abs(a - b);
  return d === 0 || d >= k;
}

function comparable(a: ThemeAggregate, b: ThemeAggregate, k: number): boolean {
  return safeDifference(a.n, b.n, k) && safeDifference(a.forms, b.forms, k);
}

/**
 * The points of one theme's trend: `earlier` oldest first (one figure per earlier round), `current`
 * this round's figure for the same group, `k` the threshold (the larger of the two rounds' is passed
 * by the caller). Returns one point per earlier round, in the same order.
 */
export function trendPoints(current: RoundFigure | undefined, earlier: readonly (RoundFigure | undefined)[], k: number): TrendPoint[] {
  const points: TrendPoint[] = earlier.map(() => ({ shown: false, reason: 'not-published' }));
  if (!current || current === 'not-asked' || current.suppressed || current.mean === null) return points;
  const shown: ThemeAggregate[] = [current];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const figure = earlier[i];
    if (figure === 'not-asked') points[i] = { shown: false, reason: 'not-asked' };
    else if (!figure || figure.suppressed || figure.mean === null) points[i] = { shown: false, reason: 'not-published' };
    else if (!shown.every((other) => comparable(figure, other, k))) points[i] = { shown: false, reason: 'count-change' };
    else {
      shown.push(figure);
      points[i] = { shown: true, mean: figure.mean, n: figure.n };
    }
  }
  return points;
}
