import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { GROUP_STATUS } from '../anonymity/statuses.ts';
import { chainGroup, directGroup } from '../scoring/groups.ts';
import { PEER_ROLE, ROLE_COUNT, roleIndex } from '../scoring/rater-roles.ts';

const EMPLOYEE = roleIndex('employee');

/** Where the comments of one leader's forms in one role go: a group number, or NOT_SHOWN. */
export const NOT_SHOWN = -1;

/**
 * The comment set each form's comments join (DESIGN.md, Anonymity: comments), decided per
 * `direct(L, role)` since every form of that group goes the same way. Returns
 * `[slot][role] → group | NOT_SHOWN`.
 *
 * Employee comments go to the smallest published group that holds their form and whose own
 * comment set comes from at least `threshold` forms: a leader's direct group when it is shown
 * and that many answered; else they wait, with the forms behind them, for the chain above, which
 * takes every waiting form from below at once when it is shown and they are at least
 * `threshold` (the remainder rule: a chain's set never holds comments from fewer forms, so no
 * difference between sets a reader can open narrows a comment down further). What reaches a top
 * leader unplaced is not shown at all: sets are a leader's or a chain's, as the comment export
 * names them, and where an organisation has one top leader its chain is the whole organisation.
 * Each comment is in exactly one set, so sets never overlap and their differences are whole sets.
 *
 * Peers are reported per leader only: their comments show in the leader's direct group when it is
 * shown and at least `threshold` peers answered, else not at all. Self and superior are one
 * known person each, shown as such in the leader's direct group.
 */
export function placeComments(rollup: FilteredRollup, threshold: number): Int32Array {
  const { tree } = rollup;
  const placement = new Int32Array(tree.leaderCount * ROLE_COUNT).fill(NOT_SHOWN);
  const shown = (group: number, role: number) => rollup.groupStatus[group * ROLE_COUNT + role] === GROUP_STATUS.shown;
  const forms = (group: number, role: number) => rollup.forms[group * ROLE_COUNT + role]!;
  for (let slot = 0; slot < tree.leaderCount; slot++) {
    for (let role = 0; role < ROLE_COUNT; role++) {
      if (role === EMPLOYEE) continue;
      const group = directGroup(tree, slot);
      const anonymous = role === PEER_ROLE;
      if (!anonymous || (shown(group, role) && forms(group, role) >= threshold)) placement[slot * ROLE_COUNT + role] = group;
    }
  }
  placeEmployeeComments(rollup, threshold, placement, shown, forms);
  return placement;
}

function placeEmployeeComments(
  rollup: FilteredRollup, threshold: number, placement: Int32Array,
  shown: (group: number, role: number) => boolean, forms: (group: number, role: number) => number,
): void {
  const { tree } = rollup;
  // Per leader: forms still waiting for a set, and the leaders whose comments wait with them.
  const waitingForms = new Int32Array(tree.leaderCount);
  const waiting: number[][] = Array.from({ length: tree.leaderCount }, () => []);
  const place = (leaders: readonly number[], group: number) => { for (const s of leaders) placement[s * ROLE_COUNT + EMPLOYEE] = group; };
  for (const slot of tree.bottomUp) {
    const direct = directGroup(tree, slot);
    const own = forms(direct, EMPLOYEE);
    if (shown(direct, EMPLOYEE) && own >= threshold) place([slot], direct);
    else if (own > 0) { waitingForms[slot]! += own; waiting[slot]!.push(slot); }
    for (let i = tree.childStart[slot]!; i < tree.childStart[slot + 1]!; i++) {
      const child = tree.childLeaders[i]!;
      waitingForms[slot]! += waitingForms[child]!;
      waiting[slot]!.push(...waiting[child]!);
      waiting[child] = [];
    }
    if (waitingForms[slot]! >= threshold && shown(chainGroup(tree, slot), EMPLOYEE)) {
      place(waiting[slot]!, chainGroup(tree, slot));
      waitingForms[slot] = 0;
      waiting[slot] = [];
    }
  }
}
