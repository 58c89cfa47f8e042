import { chainGroup, directGroup, groupCount, tenantGroup } from '../scoring/groups.ts';
import type { LeaderTree } from '../scoring/leader-tree.ts';

/**
 * The groups of a round as one tree of sets: chain(L) has the children direct(L) and
 * chain(c) for every direct-report leader c; the tenant has every top leader's chain.
 * Any two groups are nested or disjoint (a laminar family) — the fact suppression rests on.
 */
export interface GroupForest {
  readonly nodeCount: number;
  /** group → first index in `children`; `childStart[g + 1]` ends it */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  /** every group after all of its children; the tenant last */
  readonly postOrder: Int32Array;
  /** 1 for direct groups (the leaves, where forms live), 0 otherwise */
  readonly isDirect: Uint8Array;
}

/** Builds the group tree of a leader tree. */
export function buildGroupForest(tree: LeaderTree): GroupForest {
  const nodeCount = groupCount(tree);
  const childCount = new Int32Array(nodeCount);
  for (let s = 0; s < tree.leaderCount; s++) {
    childCount[chainGroup(tree, s)] = 1 + tree.childStart[s + 1]! - tree.childStart[s]!;
  }
  childCount[tenantGroup(tree)] = tree.rootLeaders.length;
  const childStart = new Int32Array(nodeCount + 1);
  for (let g = 0; g < nodeCount; g++) childStart[g + 1] = childStart[g]! + childCount[g]!;
  const children = new Int32Array(childStart[nodeCount]!);
  for (let s = 0; s < tree.leaderCount; s++) {
    let at = childStart[chainGroup(tree, s)]!;
    children[at++] = directGroup(tree, s);
    for (let i = tree.childStart[s]!; i < tree.childStart[s + 1]!; i++) children[at++] = chainGroup(tree, tree.childLeaders[i]!);
  }
  let at = childStart[tenantGroup(tree)]!;
  for (const root of tree.rootLeaders) children[at++] = chainGroup(tree, root);

  const postOrder = new Int32Array(nodeCount);
  let k = 0;
  for (const s of tree.bottomUp) {
    postOrder[k++] = directGroup(tree, s);
    postOrder[k++] = chainGroup(tree, s);
  }
  postOrder[k] = tenantGroup(tree);
  const isDirect = new Uint8Array(nodeCount);
  isDirect.fill(1, 0, tree.leaderCount);
  return { nodeCount, childStart, children, postOrder, isDirect };
}
