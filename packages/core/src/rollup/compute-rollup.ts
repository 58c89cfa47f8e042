import { decideAnonymity } from '../anonymity/suppression.ts';
import { filterRollup, type FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { computeAggregates } from '../scoring/aggregates.ts';
import type { FormBatch } from '../scoring/form-batch.ts';
import type { LeaderTree } from '../scoring/leader-tree.ts';
import type { RoundLayout } from '../scoring/round-layout.ts';

/**
 * The whole in-memory roll-up of a round: histograms per form, sums up the tree, anonymity
 * decisions, filter. The unfiltered aggregates never leave this function.
 */
export function computeRollup(tree: LeaderTree, layout: RoundLayout, forms: FormBatch, k: number): FilteredRollup {
  const aggregates = computeAggregates(tree, layout, forms);
  return filterRollup(aggregates, decideAnonymity(aggregates, k), true);
}
