import { ANSWER_CODES, DONT_KNOW } from './answer-codes.ts';
import type { FormBatch } from './form-batch.ts';
import { groupCount, tenantGroup } from './groups.ts';
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
  };
  countDirect(aggregates, batch);
  sumChains(aggregates);
  return aggregates;
}

function countDirect(agg: RollupAggregates, batch: FormBatch): void {
  const { tree, layout, forms, itemHist, themeSums } = agg;
  const { itemCount, themeCount, themeStart, themeScale } = layout;
  const { subject, role, answers } = batch;
  for (let f = 0; f < batch.count; f++) {
    const slot = tree.leaderOfPerson[subject[f]!] ?? -1;
    if (slot < 0) throw new Error(`a form is about ${tree.personIds[subject[f]!] ?? `person #${subject[f]}`}, who has no direct reports in the round`);
    const r = role[f]!;
    if (r >= ROLE_COUNT) throw new Error(`a form has rater role index ${r}`);
    const groupRole = slot * ROLE_COUNT + r;
    forms[groupRole]!++;
    const histBase = groupRole * itemCount * ANSWER_CODES;
    const answerBase = f * itemCount;
    for (let i = 0; i < itemCount; i++) itemHist[histBase + i * ANSWER_CODES + answers[answerBase + i]!]!++;
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
      const at = (groupRole * themeCount + t) * THEME_FIELDS;
      if (valid > 0) {
        const scaled = (sum * themeScale[t]!) / valid;
        themeSums[at]!++;
        themeSums[at + 2]! += scaled;
        themeSums[at + 3]! += scaled * scaled;
      } else if (dontKnow > 0) themeSums[at + 1]!++;
    }
  }
}

function sumChains(agg: RollupAggregates): void {
  const { tree } = agg;
  const leaders = tree.leaderCount;
  const top = tenantGroup(tree);
  for (const array of [agg.forms, agg.itemHist, agg.themeSums]) {
    const block = array.length / agg.groupCount;
    array.copyWithin(leaders * block, 0, leaders * block);
    for (let k = 0; k < leaders; k++) {
      const slot = tree.bottomUp[k]!;
      const parent = tree.leaderParent[slot]!;
      const from = (leaders + slot) * block;
      const to = (parent >= 0 ? leaders + parent : top) * block;
      for (let j = 0; j < block; j++) array[to + j]! += array[from + j]!;
    }
  }
}
