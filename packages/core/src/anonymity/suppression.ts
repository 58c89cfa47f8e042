import { ANSWER_CODES } from '../scoring/answer-codes.ts';
import { THEME_FIELDS, type RollupAggregates } from '../scoring/aggregates.ts';
import { isAnonymousRole, PEER_ROLE, ROLE_COUNT } from '../scoring/rater-roles.ts';
import { buildGroupForest, type GroupForest } from './group-forest.ts';
import { choosePublishedGroups } from './safe-publication.ts';
import { CELL_STATUS, GROUP_STATUS } from './statuses.ts';
import { withdrawUniformThemeLeaks } from './theme-uniformity.ts';

/**
 * What may be shown, per group and role and per group, role and cell (cells: the round's
 * items, then its themes). Groups are decided first and are shown whole or not at all
 * (rule 4); inside a shown group a mean can still be withheld. Self and superior forms are
 * one known person each and are always shown. Peer forms have their own threshold and only
 * direct groups (peer-groups.ts).
 */
export interface AnonymityDecisions {
  readonly k: number;
  /** The peers' threshold (`peer_threshold`). */
  readonly peerK: number;
  /** items + themes */
  readonly cellCount: number;
  /** [group][role] → GROUP_STATUS */
  readonly groupStatus: Uint8Array;
  /** [group][role][cell] → CELL_STATUS */
  readonly cellStatus: Uint8Array;
}

/** The peers' threshold when a round names none (DESIGN.md: default 3). */
export const DEFAULT_PEER_THRESHOLD = 3;

/**
 * Applies DESIGN.md's anonymity rules to a round's aggregates: employee groups with threshold k,
 * peer groups with `peerK`. Peer forms must already be kept to direct groups (keepPeersDirect).
 */
export function decideAnonymity(aggregates: RollupAggregates, k: number, peerK = DEFAULT_PEER_THRESHOLD): AnonymityDecisions {
  for (const [name, value] of [['anonymity threshold', k], ['peer threshold', peerK]] as const) {
    if (!Number.isInteger(value) || value < 3) throw new Error(`the ${name} must be an integer of at least 3, got ${value}`);
  }
  const { groupCount, layout } = aggregates;
  const cellCount = layout.itemCount + layout.themeCount;
  const decisions: AnonymityDecisions = {
    k, peerK, cellCount,
    groupStatus: new Uint8Array(groupCount * ROLE_COUNT),
    cellStatus: new Uint8Array(groupCount * ROLE_COUNT * cellCount),
  };
  const forest = buildGroupForest(aggregates.tree);
  for (let role = 0; role < ROLE_COUNT; role++) {
    const shown = decideGroups(aggregates, forest, role, decisions);
    // A role nobody answered in (peers, in most rounds) has every cell hidden with its group: no work per cell.
    if (!shown.includes(1)) {
      for (let g = 0; g < groupCount; g++) decisions.cellStatus.fill(CELL_STATUS.groupHidden, (g * ROLE_COUNT + role) * cellCount, (g * ROLE_COUNT + role + 1) * cellCount);
      continue;
    }
    for (let cell = 0; cell < cellCount; cell++) decideCell(aggregates, forest, role, cell, shown, decisions);
  }
  return decisions;
}

/** The threshold of a role's groups: the peers' own, k for employees (and for the known roles, where it is never used). */
function thresholdOf(role: number, out: AnonymityDecisions): number {
  return role === PEER_ROLE ? out.peerK : out.k;
}

function decideGroups(agg: RollupAggregates, forest: GroupForest, role: number, out: AnonymityDecisions): Uint8Array {
  const size = new Int32Array(agg.groupCount);
  for (let g = 0; g < agg.groupCount; g++) size[g] = agg.forms[g * ROLE_COUNT + role]!;
  const anonymous = isAnonymousRole(role);
  const k = thresholdOf(role, out);
  const eligible = new Uint8Array(agg.groupCount);
  // Peers only ever in a leader's direct group (peer-groups.ts), whatever the arrays hold.
  const eligibleEnd = role === PEER_ROLE ? agg.tree.leaderCount : agg.groupCount;
  for (let g = 0; g < eligibleEnd; g++) eligible[g] = size[g]! >= (anonymous ? k : 1) ? 1 : 0;
  const shown = anonymous ? choosePublishedGroups({ forest, size, eligible, k }) : eligible;
  for (let g = 0; g < agg.groupCount; g++) {
    out.groupStatus[g * ROLE_COUNT + role] =
      shown[g] === 1 ? GROUP_STATUS.shown
      : size[g] === 0 ? GROUP_STATUS.noForms
      : size[g]! < k ? GROUP_STATUS.tooFewForms
      : GROUP_STATUS.derivable;
  }
  return shown;
}

function decideCell(agg: RollupAggregates, forest: GroupForest, role: number, cell: number, groupShown: Uint8Array, out: AnonymityDecisions): void {
  const anonymous = isAnonymousRole(role);
  if (!anonymous) {
    for (let g = 0; g < agg.groupCount; g++) {
      out.cellStatus[(g * ROLE_COUNT + role) * out.cellCount + cell] = groupShown[g] === 1 ? CELL_STATUS.shown : CELL_STATUS.groupHidden;
    }
    return;
  }
  const k = thresholdOf(role, out);
  const size = cellAnswers(agg, role, cell);
  const eligible = new Uint8Array(agg.groupCount);
  for (let g = 0; g < agg.groupCount; g++) eligible[g] = groupShown[g] === 1 && size[g]! >= k ? 1 : 0;
  const shown = choosePublishedGroups({ forest, size, eligible, k });
  if (cell >= agg.layout.itemCount) withdrawUniformThemeLeaks(agg, forest, role, cell - agg.layout.itemCount, shown, k);
  for (let g = 0; g < agg.groupCount; g++) {
    out.cellStatus[(g * ROLE_COUNT + role) * out.cellCount + cell] =
      groupShown[g] !== 1 ? CELL_STATUS.groupHidden
      : shown[g] === 1 ? CELL_STATUS.shown
      : size[g]! < k ? CELL_STATUS.tooFewAnswers
      : CELL_STATUS.derivable;
  }
}

/** Answers 1–5 to an item, or forms with a valid item in a theme, for every group. */
function cellAnswers(agg: RollupAggregates, role: number, cell: number): Int32Array {
  const { itemCount, themeCount } = agg.layout;
  const size = new Int32Array(agg.groupCount);
  for (let g = 0; g < agg.groupCount; g++) {
    const groupRole = g * ROLE_COUNT + role;
    if (cell < itemCount) {
      const at = (groupRole * itemCount + cell) * ANSWER_CODES;
      const h = agg.itemHist;
      size[g] = h[at + 1]! + h[at + 2]! + h[at + 3]! + h[at + 4]! + h[at + 5]!;
    } else {
      size[g] = agg.themeSums[(groupRole * themeCount + cell - itemCount) * THEME_FIELDS]!;
    }
  }
  return size;
}
