/**
 * Every cycle in a manager relation, each as the persons on it in reporting order
 * (a → a's manager → …). Each person has at most one manager, so one walk per person
 * with an on-path marker finds them all in linear time, without recursion.
 * Self-managers are not cycles here: the caller reports those on their own.
 */
export function findCycles(managerOf: ReadonlyMap<string, string | null>): string[][] {
  const walkOf = new Map<string, number>();
  const positionOf = new Map<string, number>();
  const cycles: string[][] = [];
  let walk = 0;
  for (const start of managerOf.keys()) {
    if (walkOf.has(start)) continue;
    walk++;
    const path: string[] = [];
    let current: string | null | undefined = start;
    while (current != null && managerOf.has(current) && !walkOf.has(current)) {
      walkOf.set(current, walk);
      positionOf.set(current, path.length);
      path.push(current);
      const manager: string | null | undefined = managerOf.get(current);
      current = manager === current ? null : manager;
    }
    if (current != null && walkOf.get(current) === walk) {
      cycles.push(path.slice(positionOf.get(current)));
    }
  }
  return cycles;
}
