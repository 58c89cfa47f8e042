import { ANSWER_CODES } from '../scoring/answer-codes.ts';
import type { RollupAggregates } from '../scoring/aggregates.ts';
import { ROLE_COUNT } from '../scoring/rater-roles.ts';
import type { GroupForest } from './group-forest.ts';

/*
 * A theme mean is the mean of each form's mean over its valid items (DESIGN.md, Scoring), so for
 * a set of forms that all answered the same number v of the theme's items it is a plain sum:
 * v × (theme sum) = Σ item sums. Then the theme mean beside the shown item means computes the
 * sum of a withheld item's answers exactly — a leak when that item has 1..k−1 answers there.
 * Forms answering different numbers of items mix in unknown proportions, and no exact sum follows.
 *
 * What anyone can compute from a cell's published groups are unions of their remainders
 * (safe-publication.ts). A union is uniform only if every remainder in it is uniform with the
 * same v, and answer counts that are each 0 or ≥ k add up to 0 or ≥ k. So it is enough that no
 * uniform remainder holds 1..k−1 answers to one of the theme's items; a published theme group
 * whose remainder does is withdrawn, which merges its remainder into its parent's (checked in
 * turn, bottom-up), and withdrawing keeps the size rule safe.
 */

function isSingleBit(mask: number): boolean {
  return mask !== 0 && (mask & (mask - 1)) === 0;
}

/** Withdraws, in place, published theme groups whose remainder would give away a few answers to an item. */
export function withdrawUniformThemeLeaks(agg: RollupAggregates, forest: GroupForest, role: number, theme: number, shown: Uint8Array, k: number): void {
  const { itemCount, themeCount, themeStart } = agg.layout;
  const first = themeStart[theme]!;
  const items = themeStart[theme + 1]! - first;
  // Per group, what its remainder holds so far: the valid-count classes and the answers per item.
  const classes = new Int32Array(forest.nodeCount);
  const answers = new Int32Array(forest.nodeCount * items);
  for (const group of forest.postOrder) {
    if (forest.isDirect[group] === 1) {
      const groupRole = group * ROLE_COUNT + role;
      classes[group] = agg.themeValidCounts[groupRole * themeCount + theme]!;
      for (let i = 0; i < items; i++) {
        const at = (groupRole * itemCount + first + i) * ANSWER_CODES;
        const h = agg.itemHist;
        answers[group * items + i] = h[at + 1]! + h[at + 2]! + h[at + 3]! + h[at + 4]! + h[at + 5]!;
      }
    }
    for (let j = forest.childStart[group]!; j < forest.childStart[group + 1]!; j++) {
      const child = forest.children[j]!;
      classes[group]! |= classes[child]!;
      for (let i = 0; i < items; i++) answers[group * items + i]! += answers[child * items + i]!;
    }
    if (shown[group] !== 1) continue;
    let few = false;
    for (let i = 0; i < items; i++) {
      const n = answers[group * items + i]!;
      if (n > 0 && n < k) few = true;
    }
    if (few && isSingleBit(classes[group]!)) {
      shown[group] = 0; // its remainder flows on into the parent's
      continue;
    }
    classes[group] = 0;
    answers.fill(0, group * items, (group + 1) * items);
  }
}
