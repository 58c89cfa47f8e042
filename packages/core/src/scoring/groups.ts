import type { LeaderTree } from './leader-tree.ts';

/**
 * Group numbering shared by the aggregates, the anonymity filter and the export:
 * `direct(L)` = L's slot, `chain(L)` = leaderCount + slot, the whole tenant = 2 × leaderCount.
 * Directs come first so the chain region starts as one copy of the direct region.
 */
export type GroupScope = 'direct' | 'chain' | 'tenant';

/** Number of groups of a leader tree: a direct and a chain group per leader, plus the tenant. */
export function groupCount(tree: LeaderTree): number {
  return 2 * tree.leaderCount + 1;
}

/** The group of forms about leader `slot` alone. */
export function directGroup(tree: LeaderTree, slot: number): number {
  return slot;
}

/** The group of forms about leader `slot` and every leader below. */
export function chainGroup(tree: LeaderTree, slot: number): number {
  return tree.leaderCount + slot;
}

/** The group of every form in the round. */
export function tenantGroup(tree: LeaderTree): number {
  return 2 * tree.leaderCount;
}

/** What a group number stands for. */
export function describeGroup(tree: LeaderTree, group: number): { scope: GroupScope; slot: number } {
  if (group < tree.leaderCount) return { scope: 'direct', slot: group };
  if (group < 2 * tree.leaderCount) return { scope: 'chain', slot: group - tree.leaderCount };
  return { scope: 'tenant', slot: -1 };
}
