import { chainGroup, directGroup, tenantGroup } from '../../src/scoring/groups.ts';
import type { LeaderTree } from '../../src/scoring/leader-tree.ts';
import { isAtOrBelow, type RandomRound } from './random-round.ts';

/** One group of a random round, found by walking manager links: its number in the roll-up and its forms. */
export interface RoundGroup {
  name: string;
  group: number;
  isDirect: boolean;
  /** indices into round.forms */
  forms: number[];
}

/** Every direct, chain and tenant group of `role`, with the forms each holds. */
export function roundGroups(round: RandomRound, tree: LeaderTree, role: number): RoundGroup[] {
  const ofRole = round.forms.map((f, i) => ({ ...f, i })).filter((f) => f.role === role);
  const groups: RoundGroup[] = [];
  round.manager.forEach((_, person) => {
    if (!round.manager.includes(person)) return;
    const slot = tree.slotOfPersonId.get(`p${person}`)!;
    groups.push({ name: `direct(p${person})`, group: directGroup(tree, slot), isDirect: true, forms: ofRole.filter((f) => f.subject === person).map((f) => f.i) });
    groups.push({ name: `chain(p${person})`, group: chainGroup(tree, slot), isDirect: false, forms: ofRole.filter((f) => isAtOrBelow(round.manager, f.subject, person)).map((f) => f.i) });
  });
  groups.push({ name: 'tenant', group: tenantGroup(tree), isDirect: false, forms: ofRole.map((f) => f.i) });
  return groups;
}
