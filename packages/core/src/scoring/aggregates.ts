import { ANSWER_CODES, DONT_KNOW } from './answer-codes.ts';
import type { FormBatch } from './form-batch.ts';
import { groupCount } from './groups.ts';
import type { LeaderTree } from './leader-tree.ts';
import { ROLE_COUNT } from './rater-roles.ts';
import type { RoundLayout } from './round-layout.ts';

/** Per form and theme: [forms with a valid item, forms with only don't-know, Σ scaled score, Σ scaled score²]. */
export const THEME_FIELDS = 4;

/**
 * Unfiltered counts for every group (see groups.ts) and rater role. Everything a mean or sd
 * needs is a sum of these, so chains are plain block additions. Never leaves core: the
 * anonymity filter turns it into a FilteredRollup.
 */
export interface RollupAggregates {
  readonly tree: LeaderTree;
  readonly layout: RoundLayout;
  readonly groupCount: number;
  /** [group][role] → forms */
  readonly forms: Int32Array;
  /** [group][role][item][answer code] → answers */
  readonly itemHist: Int32Array;
  /** [group][role][theme][THEME_FIELDS] */
  readonly themeSums: Float64Array;
  /**
   * [group][role][theme] → bit v set when some form answered exactly v of the theme's items with
   * 1–5 (v capped at 31). Direct groups only (chain blocks stay 0): the anonymity filter needs it
   * where forms live, to see when a theme mean is a plain sum of item means (theme-uniformity.ts).
   */
  readonly themeValidCounts: Int32Array;
}

/** Counts each form once into its subject's direct group, then sums the groups up the tree. */
export function computeAggregates(tree: LeaderTree, layout: RoundLayout, batch: FormBatch): RollupAggregates {
  if (batch.itemCount !== layout.itemCount) throw new Error(`forms carry ${batch.itemCount} items, the round has ${layout.itemCount}`);
  const groups = groupCount(tree);
  const aggregates: RollupAggregates = {
    tree, layout, groupCount: groups,
    forms: new Int32Array(groups * ROLE_COUNT),
    itemHist: new Int32Array(groups * ROLE_COUNT * layout.itemCount * ANSWER_CODES),
    themeSums: new Float64Array(groups * ROLE_COUNT * layout.themeCount * THEME_FIELDS),
    themeValidCounts: new Int32Array(groups * ROLE_COUNT * layout.themeCount),
  };
  countDirect(aggregates, batch);
  sumChains(aggregates);
  return aggregates;
}

function countDirect(agg: RollupAggregates, batch: FormBatch): void {
  const groupRoles = formGroupRoles(agg.tree, batch);
  countForms(agg.forms, groupRoles);
  const order = formsInGroupOrder(groupRoles, agg.forms);
  countItems(agg.itemHist, groupRoles, order, batch.answers, agg.layout.itemCount);
  countThemes(agg, groupRoles, order, batch.answers);
}

/** form → its subject's direct group and role, as one index into [group][role]. */
function formGroupRoles(tree: LeaderTree, batch: FormBatch): Int32Array {
  const { leaderOfPerson, personIds } = tree;
  const groupRoles = new Int32Array(batch.count);
  for (let f = 0; f < batch.count; f++) {
    const slot = leaderOfPerson[batch.subject[f]!] ?? -1;
    if (slot < 0) throw new Error(`a form is about ${personIds[batch.subject[f]!] ?? `person #${batch.subject[f]}`}, who has no direct reports in the round`);
    const r = batch.role[f]!;
    if (r >= ROLE_COUNT) throw new Error(`a form has rater role index ${r}`);
    groupRoles[f] = slot * ROLE_COUNT + r;
  }
  return groupRoles;
}

function countForms(forms: Int32Array, groupRoles: Int32Array): void {
  for (let f = 0; f < groupRoles.length; f++) forms[groupRoles[f]!]!++;
}

/**
 * The forms ordered by group and role, each group's forms in batch order (a counting sort on the
 * direct counts). Counted in batch order, forms land at random places in histograms of ~1 kB per
 * group — 28 MB at 14,000 leaders, more than the CPU caches hold, so every form cost cache misses
 * and the roll-up grew faster than the data. In this order the histograms fill front to back; the
 * forms' answers (12 bytes each) are what is read out of order. Batch order within a group keeps
 * every floating-point sum added in the same order, so the figures are the same to the last bit.
 */
function formsInGroupOrder(groupRoles: Int32Array, directCounts: Int32Array): Int32Array {
  const next = new Int32Array(directCounts.length);
  for (let g = 1; g < next.length; g++) next[g] = next[g - 1]! + directCounts[g - 1]!;
  const order = new Int32Array(groupRoles.length);
  for (let f = 0; f < groupRoles.length; f++) order[next[groupRoles[f]!]!++] = f;
  return order;
}

function countItems(itemHist: Int32Array, groupRoles: Int32Array, order: Int32Array, answers: Uint8Array, itemCount: number): void {
  const stride = itemCount * ANSWER_CODES;
  for (let k = 0; k < order.length; k++) {
    const f = order[k]!;
    const histBase = groupRoles[f]! * stride;
    const answerBase = f * itemCount;
    for (let i = 0; i < itemCount; i++) itemHist[histBase + i * ANSWER_CODES + answers[answerBase + i]!]!++;
  }
}

function countThemes(agg: RollupAggregates, groupRoles: Int32Array, order: Int32Array, answers: Uint8Array): void {
  const { themeSums, themeValidCounts } = agg;
  const { itemCount, themeCount, themeStart, themeScale } = agg.layout;
  for (let k = 0; k < order.length; k++) {
    const f = order[k]!;
    const answerBase = f * itemCount;
    const sumsBase = groupRoles[f]! * themeCount;
    for (let t = 0; t < themeCount; t++) {
      let sum = 0;
      let valid = 0;
      let dontKnow = 0;
      for (let i = themeStart[t]!; i < themeStart[t + 1]!; i++) {
        const code = answers[answerBase + i]!;
        if (code === DONT_KNOW) dontKnow++;
        else if (code !== 0) {
          sum += code;
          valid++;
        }
      }
      const at = (sumsBase + t) * THEME_FIELDS;
      if (valid > 0) {
        themeValidCounts[sumsBase + t]! |= 1 << Math.min(valid, 31);
        const scaled = (sum * themeScale[t]!) / valid;
        themeSums[at]!++;
        themeSums[at + 2]! += scaled;
        themeSums[at + 3]! += scaled * scaled;
      } else if (dontKnow > 0) themeSums[at + 1]!++;
    }
  }
}

// Chains are summed per array in its own loop so each loop sees one array type and stays fast.
function sumChains(agg: RollupAggregates): void {
  sumUpTree(agg.tree, agg.forms, agg.forms.length / agg.groupCount);
  sumUpTree(agg.tree, agg.itemHist, agg.itemHist.length / agg.groupCount);
  sumFloatsUpTree(agg.tree, agg.themeSums, agg.themeSums.length / agg.groupCount);
}

/** Turns direct-group blocks of a [group]… array into chain and tenant sums (used for counts kept beside the roll-up). */
export function sumUpTree(tree: LeaderTree, array: Int32Array, block: number): void {
  const leaders = tree.leaderCount;
  array.copyWithin(leaders * block, 0, leaders * block);
  for (let k = 0; k < leaders; k++) {
    const slot = tree.bottomUp[k]!;
    const parent = tree.leaderParent[slot]!;
    const from = (leaders + slot) * block;
    const to = (parent >= 0 ? leaders + parent : 2 * leaders) * block;
    for (let j = 0; j < block; j++) array[to + j]! += array[from + j]!;
  }
}

function sumFloatsUpTree(tree: LeaderTree, array: Float64Array, block: number): void {
  const leaders = tree.leaderCount;
  array.copyWithin(leaders * block, 0, leaders * block);
  for (let k = 0; k < leaders; k++) {
    const slot = tree.bottomUp[k]!;
    const parent = tree.leaderParent[slot]!;
    const from = (leaders + slot) * block;
    const to = (parent >= 0 ? leaders + parent : 2 * leaders) * block;
    for (let j = 0; j < block; j++) array[to + j]! += array[from + j]!;
  }
}
