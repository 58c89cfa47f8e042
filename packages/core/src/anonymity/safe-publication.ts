import type { GroupForest } from './group-forest.ts';

/**
 * Which groups of one role (or one item/theme of it) may be published.
 *
 * Why this is safe. The groups form a laminar family (group-forest.ts). For a laminar family
 * of published groups, every published group P has a *remainder*: its forms minus those of
 * its largest published sub-groups. Remainders are disjoint and every published group is the
 * sum of the remainders inside it, so the linear span of the published groups is exactly the
 * span of the remainders: the sets of forms anyone can compute by adding and subtracting
 * published figures (with any coefficients) are exactly the unions of remainders. Hence
 * "no derivable set has 1..k−1 forms" ⇔ "every remainder has 0 or ≥ k forms". That covers
 * DESIGN.md rule 3 in full: nested differences, chain − Σ child chains − direct, and any
 * longer combination. Dropping a published group merges its remainder into its parent's,
 * and 0-or-≥k sets stay 0-or-≥k when merged, so un-publishing never breaks the rule.
 *
 * Why this suppresses as little as possible. An exact tree dynamic programme: for every
 * group and every number u = 0..k of forms below it not covered by a published group
 * (u capped at k, because only "0", "1..k−1" and "≥k" matter to a parent), it keeps the best
 * achievable weight. Weights make the optimum "most groups published; among those, most
 * direct groups" (a leader's own report is the product; chains come next). Cost
 * O(groups × (k+1)²), a few milliseconds for thousands of leaders.
 */
export interface PublicationProblem {
  readonly forest: GroupForest;
  /** group → forms (or answers) in the group; only direct groups' sizes enter the programme */
  readonly size: ArrayLike<number>;
  /** group → 1 when it may be published on its own terms (≥ k forms or answers, group shown, …) */
  readonly eligible: Uint8Array;
  readonly k: number;
}

/** Picks a largest set of groups to publish such that no set of 1..k−1 forms can be derived from them. */
export function choosePublishedGroups(problem: PublicationProblem): Uint8Array {
  // Publishing every eligible group is the optimum whenever it is safe: one linear pass
  // instead of the programme, and the usual case for item means in large tenants.
  if (isSafeChoice(problem, problem.eligible)) return problem.eligible.slice();
  const { forest, k } = problem;
  const states = k + 1;
  const best = new Float64Array(forest.nodeCount * states).fill(-Infinity);
  const choice = new Int32Array(forest.children.length * states);
  const publishedFrom = new Int32Array(forest.nodeCount).fill(-1);
  solveBottomUp(problem, best, choice, publishedFrom);
  return readBackChoices(problem, best, choice, publishedFrom);
}

/** Whether publishing exactly the groups marked in `chosen` leaves every remainder at 0 or ≥ k forms. */
export function isSafeChoice(problem: PublicationProblem, chosen: Uint8Array): boolean {
  const { forest, size, k } = problem;
  const uncovered = new Float64Array(forest.nodeCount);
  for (const group of forest.postOrder) {
    let u = 0;
    if (forest.isDirect[group] === 1) u = size[group]!;
    for (let j = forest.childStart[group]!; j < forest.childStart[group + 1]!; j++) u += uncovered[forest.children[j]!]!;
    if (chosen[group] === 1) {
      if (u > 0 && u < k) return false;
      u = 0;
    }
    uncovered[group] = u;
  }
  return true;
}

function weightOf(forest: GroupForest, group: number): number {
  // Count dominates: one more published group beats any number of direct-over-chain preferences.
  const perGroup = forest.nodeCount + 1;
  return forest.isDirect[group] === 1 ? perGroup + 1 : perGroup;
}

// The hot loop of the roll-up (it runs once per anonymous role and once per item and theme),
// so it avoids allocation and calls: small scratch arrays, copies instead of swaps.
function solveBottomUp(problem: PublicationProblem, best: Float64Array, choice: Int32Array, publishedFrom: Int32Array): void {
  const { forest, size, eligible, k } = problem;
  const { postOrder, childStart, children, isDirect } = forest;
  const states = k + 1;
  const current = new Float64Array(states);
  const next = new Float64Array(states);
  for (let p = 0; p < postOrder.length; p++) {
    const group = postOrder[p]!;
    for (let s = 0; s < states; s++) current[s] = -Infinity;
    const own = isDirect[group] === 1 ? size[group]! : 0;
    current[own < k ? own : k] = 0;
    for (let j = childStart[group]!; j < childStart[group + 1]!; j++) {
      const childBase = children[j]! * states;
      if (j === childStart[group] && own === 0) {
        // Nothing to merge with yet: the first child's table is the merged table.
        for (let t = 0; t < states; t++) {
          current[t] = best[childBase + t]!;
          choice[j * states + t] = t;
        }
        continue;
      }
      for (let s = 0; s < states; s++) next[s] = -Infinity;
      for (let s = 0; s < states; s++) {
        const here = current[s]!;
        if (here === -Infinity) continue;
        for (let t = 0; t < states; t++) {
          const there = best[childBase + t]!;
          if (there === -Infinity) continue;
          const merged = s + t < k ? s + t : k;
          if (here + there > next[merged]!) {
            next[merged] = here + there;
            choice[j * states + merged] = s * states + t;
          }
        }
      }
      for (let s = 0; s < states; s++) current[s] = next[s]!;
    }
    const base = group * states;
    for (let s = 0; s < states; s++) best[base + s] = current[s]!;
    const cover = current[0]! > current[k]! ? current[0]! : current[k]!;
    if (eligible[group] === 1 && cover > -Infinity && cover + weightOf(forest, group) > current[0]!) {
      best[base] = cover + weightOf(forest, group);
      publishedFrom[group] = current[0]! >= current[k]! ? 0 : k;
    }
  }
}

function readBackChoices(problem: PublicationProblem, best: Float64Array, choice: Int32Array, publishedFrom: Int32Array): Uint8Array {
  const { forest, k } = problem;
  const states = k + 1;
  const published = new Uint8Array(forest.nodeCount);
  const top = forest.postOrder[forest.postOrder.length - 1]!;
  let topState = 0;
  for (let s = 1; s < states; s++) if (best[top * states + s]! > best[top * states + topState]!) topState = s;
  const stack: number[] = [top, topState];
  while (stack.length > 0) {
    let state = stack.pop()!;
    const group = stack.pop()!;
    if (state === 0 && publishedFrom[group]! >= 0) {
      published[group] = 1;
      state = publishedFrom[group]!;
    }
    for (let j = forest.childStart[group + 1]! - 1; j >= forest.childStart[group]!; j--) {
      const encoded = choice[j * states + state]!;
      const childState = encoded % states;
      stack.push(forest.children[j]!, childState);
      state = (encoded - childState) / states;
    }
  }
  return published;
}
