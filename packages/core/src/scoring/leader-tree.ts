import { comparePersonIds } from './person-order.ts';

/** A round's frozen hierarchy as arrays: one entry per person, `manager[p]` = manager's index or -1. */
export interface FrozenHierarchy {
  readonly personIds: readonly string[];
  readonly manager: Int32Array;
  /**
   * 1 for persons with direct reports. Needed when the arrays hold only the leaders (all a
   * roll-up needs: a leader's manager is a leader too); derived from `manager` when absent.
   */
  readonly leader?: Uint8Array;
}

/**
 * The leaders of a frozen hierarchy and how they nest, as flat arrays so roll-ups can
 * sum blocks bottom-up without objects or recursion. Leaders are persons with direct reports;
 * a leader's manager is always a leader.
 */
export interface LeaderTree {
  readonly personIds: readonly string[];
  readonly leaderCount: number;
  /** person index → leader slot, or -1 for persons without reports */
  readonly leaderOfPerson: Int32Array;
  /** leader slot → person index */
  readonly leaderPerson: Int32Array;
  /** leader slot → manager's leader slot, or -1 at the top */
  readonly leaderParent: Int32Array;
  /** leader slot → depth in the hierarchy (the top person is 0) */
  readonly leaderDepth: Int32Array;
  /** leader slots, deepest first: every leader comes before its manager */
  readonly bottomUp: Int32Array;
  /** leader slot → first index in `childLeaders`; `childStart[s + 1]` ends it */
  readonly childStart: Int32Array;
  /** direct-report leaders of each leader, siblings ordered by person id */
  readonly childLeaders: Int32Array;
  /** leaders without a manager, ordered by person id */
  readonly rootLeaders: Int32Array;
  /** depth-first pre-order from the top, siblings by person id: the export's leader order */
  readonly readingOrder: Int32Array;
  /** person id → leader slot */
  readonly slotOfPersonId: ReadonlyMap<string, number>;
}

function personDepths(manager: Int32Array, personIds: readonly string[]): Int32Array {
  const n = manager.length;
  const depth = new Int32Array(n).fill(-1);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    let p = start;
    while (p >= 0 && depth[p]! < 0) {
      if (path.length > n) throw new Error(`the hierarchy has a cycle through person ${personIds[start]}`);
      path.push(p);
      const m = manager[p]!;
      if (m >= n || m < -1) throw new Error(`person ${personIds[p]} has a manager index ${m} outside the hierarchy`);
      p = m;
    }
    let d = p < 0 ? -1 : depth[p]!;
    while (path.length > 0) depth[path.pop()!] = ++d;
  }
  return depth;
}

/** Derives the leader tree of a frozen hierarchy; throws on a cycle or a manager index out of range. */
export function buildLeaderTree(hierarchy: FrozenHierarchy): LeaderTree {
  const { personIds, manager } = hierarchy;
  const n = manager.length;
  if (personIds.length !== n) throw new Error(`the hierarchy has ${personIds.length} ids but ${n} manager entries`);
  const depth = personDepths(manager, personIds);

  const leaderOfPerson = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    if (hierarchy.leader?.[p] === 1) leaderOfPerson[p] = 0;
    const m = manager[p]!;
    if (m < 0) continue;
    if (hierarchy.leader && hierarchy.leader[m] !== 1) throw new Error(`person ${personIds[m]} manages ${personIds[p]} but is not marked as a leader`);
    leaderOfPerson[m] = 0;
  }
  const leaderPersonList: number[] = [];
  for (let p = 0; p < n; p++) if (leaderOfPerson[p] === 0) leaderOfPerson[p] = leaderPersonList.push(p) - 1;
  const leaderCount = leaderPersonList.length;
  const leaderPerson = Int32Array.from(leaderPersonList);
  const leaderParent = new Int32Array(leaderCount);
  const leaderDepth = new Int32Array(leaderCount);
  for (let s = 0; s < leaderCount; s++) {
    const p = leaderPerson[s]!;
    leaderParent[s] = manager[p]! >= 0 ? leaderOfPerson[manager[p]!]! : -1;
    leaderDepth[s] = depth[p]!;
  }
  const byId = (a: number, b: number) => comparePersonIds(personIds[leaderPerson[a]!]!, personIds[leaderPerson[b]!]!);
  const bottomUp = deepestFirst(leaderDepth);
  const { childStart, childLeaders, rootLeaders } = leaderChildren(leaderParent, byId);
  const readingOrder = preOrder(rootLeaders, childStart, childLeaders, leaderCount);
  const slotOfPersonId = new Map<string, number>();
  for (let s = 0; s < leaderCount; s++) slotOfPersonId.set(personIds[leaderPerson[s]!]!, s);
  return {
    personIds, leaderCount, leaderOfPerson, leaderPerson, leaderParent, leaderDepth,
    bottomUp, childStart, childLeaders, rootLeaders, readingOrder, slotOfPersonId,
  };
}

/** Leader slots by depth, deepest first, slots ascending within a depth: a counting sort, linear where a comparison sort is not. */
function deepestFirst(leaderDepth: Int32Array): Int32Array {
  let maxDepth = 0;
  for (const d of leaderDepth) if (d > maxDepth) maxDepth = d;
  // next[maxDepth - d]: where the next slot of depth d goes
  const next = new Int32Array(maxDepth + 2);
  for (const d of leaderDepth) next[maxDepth - d + 1]!++;
  for (let i = 1; i < next.length; i++) next[i]! += next[i - 1]!;
  const order = new Int32Array(leaderDepth.length);
  for (let s = 0; s < leaderDepth.length; s++) order[next[maxDepth - leaderDepth[s]!]!++] = s;
  return order;
}

function leaderChildren(leaderParent: Int32Array, byId: (a: number, b: number) => number) {
  const count = leaderParent.length;
  const childStart = new Int32Array(count + 1);
  for (let s = 0; s < count; s++) if (leaderParent[s]! >= 0) childStart[leaderParent[s]! + 1]!++;
  for (let s = 0; s < count; s++) childStart[s + 1]! += childStart[s]!;
  const fill = childStart.slice(0, count);
  const childLeaders = new Int32Array(childStart[count]!);
  const roots: number[] = [];
  for (let s = 0; s < count; s++) {
    const parent = leaderParent[s]!;
    if (parent < 0) roots.push(s);
    else childLeaders[fill[parent]!++] = s;
  }
  for (let s = 0; s < count; s++) childLeaders.subarray(childStart[s], childStart[s + 1]).sort(byId);
  return { childStart, childLeaders, rootLeaders: Int32Array.from(roots.sort(byId)) };
}

function preOrder(roots: Int32Array, childStart: Int32Array, childLeaders: Int32Array, count: number): Int32Array {
  const order = new Int32Array(count);
  const stack: number[] = Array.from(roots).reverse();
  let at = 0;
  while (stack.length > 0) {
    const s = stack.pop()!;
    order[at++] = s;
    for (let i = childStart[s + 1]! - 1; i >= childStart[s]!; i--) stack.push(childLeaders[i]!);
  }
  return order;
}
