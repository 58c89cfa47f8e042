import { ANSWER_CODES } from '../scoring/answer-codes.ts';
import { THEME_FIELDS, type RollupAggregates } from '../scoring/aggregates.ts';
import { PEER_ROLE, ROLE_COUNT } from '../scoring/rater-roles.ts';

/**
 * Peers are reported per subject only: `direct(L, peer)`, never a chain or the tenant. A peer is
 * named per subject and may rate several leaders of one chain, so a chain's peer forms would count
 * one person several times (three forms could be one peer, under a threshold of three), and the
 * group would mean nothing a reader can act on. Direct peer groups are disjoint, so publishing
 * each one with at least `peer_threshold` forms lets no sum or difference of them isolate fewer
 * (DESIGN.md, Anonymity rule 3). Their forms are taken out of every chain and tenant block here,
 * before any decision, so nothing downstream can show them pooled.
 */
export function keepPeersDirect(agg: RollupAggregates): void {
  const { itemCount, themeCount } = agg.layout;
  for (let group = agg.tree.leaderCount; group < agg.groupCount; group++) {
    const groupRole = group * ROLE_COUNT + PEER_ROLE;
    agg.forms[groupRole] = 0;
    agg.itemHist.fill(0, groupRole * itemCount * ANSWER_CODES, (groupRole + 1) * itemCount * ANSWER_CODES);
    agg.themeSums.fill(0, groupRole * themeCount * THEME_FIELDS, (groupRole + 1) * themeCount * THEME_FIELDS);
    agg.themeValidCounts.fill(0, groupRole * themeCount, (groupRole + 1) * themeCount);
  }
}
