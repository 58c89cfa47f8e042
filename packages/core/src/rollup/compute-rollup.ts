import { keepPeersDirect } from '../anonymity/peer-groups.ts';
import { decideAnonymity, DEFAULT_PEER_THRESHOLD } from '../anonymity/suppression.ts';
import { filterRollup, type FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { computeAggregates } from '../scoring/aggregates.ts';
import type { FormBatch } from '../scoring/form-batch.ts';
import type { LeaderTree } from '../scoring/leader-tree.ts';
import type { RoundLayout } from '../scoring/round-layout.ts';

/**
 * The whole in-memory roll-up of a round: histograms per form, sums up the tree, peers kept to
 * direct groups, anonymity decisions (k for employees, `peerK` for peers), filter. The unfiltered
 * aggregates never leave this function.
 */
export function computeRollup(tree: LeaderTree, layout: RoundLayout, forms: FormBatch, k: number, peerK = DEFAULT_PEER_THRESHOLD): FilteredRollup {
  const aggregates = computeAggregates(tree, layout, forms);
  keepPeersDirect(aggregates);
  return filterRollup(aggregates, decideAnonymity(aggregates, k, peerK), true);
}
