import type { RoundResults } from '../reports/round-reports.ts';

/** A leader of a closed round as the follow-up names them. */
export interface RoundLeader {
  readonly personId: string;
  readonly name: string;
  readonly unitName: string | null;
  /** The leader's manager in the round's frozen hierarchy; null at the top. */
  readonly superiorId: string | null;
}

/** The leader `personId` of the round's frozen hierarchy, or null when they led nobody in it. */
export function roundLeader(results: RoundResults, personId: string): RoundLeader | null {
  const { tree } = results.source.rollup;
  const slot = tree.slotOfPersonId.get(personId);
  if (slot === undefined) return null;
  const parent = tree.leaderParent[slot]!;
  const leader = results.source.leaders[slot];
  return {
    personId, name: leader?.name ?? personId, unitName: leader?.unitName ?? null,
    superiorId: parent < 0 ? null : tree.personIds[tree.leaderPerson[parent]!]!,
  };
}

/** The person ids of the leaders in the chain of `rootId` (themselves included), in the hierarchy's reading order, with their depth below the root. */
export function chainLeaders(results: RoundResults, rootId: string | null): { personId: string; depth: number }[] {
  const { tree } = results.source.rollup;
  const root = rootId === null ? -1 : (tree.slotOfPersonId.get(rootId) ?? -2);
  if (root === -2) return [];
  const out: { personId: string; depth: number }[] = [];
  for (const slot of tree.readingOrder) {
    let depth = 0;
    let s = slot;
    while (root >= 0 && s >= 0 && s !== root) {
      s = tree.leaderParent[s]!;
      depth++;
    }
    if (root >= 0 && s !== root) continue;
    out.push({ personId: tree.personIds[tree.leaderPerson[slot]!]!, depth: root < 0 ? tree.leaderDepth[slot]! : depth });
  }
  return out;
}
