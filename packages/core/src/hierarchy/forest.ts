import type { PersonRecord } from './person.ts';

/**
 * A validated hierarchy laid out in pre-order: every chain is a contiguous range
 * `[index, subtreeEnd]`, parents come before their reports, so roll-ups are one
 * backwards pass over typed arrays and chain membership is a range test.
 */
export interface Forest {
  /** Person ids in pre-order. */
  ids: string[];
  /** Index of each person's manager, -1 for a top. */
  parent: Int32Array;
  /** 0 for a top. */
  depth: Int32Array;
  /** Index of the last person in each person's chain (itself when they lead nobody). */
  subtreeEnd: Int32Array;
  directReports: Int32Array;
}

/**
 * Lays out people whose managers are all present and acyclic (as validatePeople
 * guarantees). Iterative, so a 40,000-deep chain cannot overflow the stack.
 * Tops and reports keep their input order.
 */
export function buildForest(people: readonly PersonRecord[]): Forest {
  const n = people.length;
  const position = new Map<string, number>();
  people.forEach((p, i) => position.set(p.personId, i));
  const children: number[][] = Array.from({ length: n }, () => []);
  const tops: number[] = [];
  people.forEach((p, i) => {
    const m = p.managerId === null ? undefined : position.get(p.managerId);
    if (m === undefined) tops.push(i);
    else children[m]!.push(i);
  });

  const ids: string[] = [];
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const subtreeEnd = new Int32Array(n);
  const directReports = new Int32Array(n);
  const orderOf = new Int32Array(n);
  // Stack of input indexes; a negative entry -(k+1) closes k's range after its chain.
  const stack: number[] = [];
  for (let t = tops.length - 1; t >= 0; t--) stack.push(tops[t]!);
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (entry < 0) {
      const k = -entry - 1;
      subtreeEnd[orderOf[k]!] = ids.length - 1;
      continue;
    }
    const at = ids.length;
    orderOf[entry] = at;
    ids.push(people[entry]!.personId);
    const m = people[entry]!.managerId;
    const mi = m === null ? undefined : position.get(m);
    if (mi !== undefined) {
      parent[at] = orderOf[mi]!;
      depth[at] = depth[orderOf[mi]!]! + 1;
    }
    const kids = children[entry]!;
    directReports[at] = kids.length;
    stack.push(-entry - 1);
    for (let c = kids.length - 1; c >= 0; c--) stack.push(kids[c]!);
  }
  if (ids.length !== n) throw new Error(`buildForest: ${n - ids.length} people are not below any top (a cycle slipped past validation)`);
  return { ids, parent, depth, subtreeEnd, directReports };
}

/**
 * Every (ancestor, descendant, distance) pair including each person with themselves at
 * distance 0, as parallel arrays sorted by ancestor then descendant: in pre-order a
 * person's descendants are the range after them, so the pairs come out in index order
 * and a database b-tree takes them as appends.
 */
export function closurePairs(forest: Forest): { ancestor: Int32Array; descendant: Int32Array; distance: Int32Array } {
  let total = 0;
  for (let a = 0; a < forest.ids.length; a++) total += forest.subtreeEnd[a]! - a + 1;
  const ancestor = new Int32Array(total);
  const descendant = new Int32Array(total);
  const distance = new Int32Array(total);
  let k = 0;
  for (let a = 0; a < forest.ids.length; a++) {
    const base = forest.depth[a]!;
    for (let d = a; d <= forest.subtreeEnd[a]!; d++, k++) {
      ancestor[k] = a;
      descendant[k] = d;
      distance[k] = forest.depth[d]! - base;
    }
  }
  return { ancestor, descendant, distance };
}
