import { ANSWER_CODES } from '../scoring/answer-codes.ts';
import { THEME_FIELDS, type RollupAggregates } from '../scoring/aggregates.ts';
import type { LeaderTree } from '../scoring/leader-tree.ts';
import { ROLE_COUNT } from '../scoring/rater-roles.ts';
import type { RoundLayout } from '../scoring/round-layout.ts';
import { itemStatistics, themeStatistics, type ItemStatistics, type ThemeStatistics } from '../scoring/statistics.ts';
import type { AnonymityDecisions } from './suppression.ts';
import { cellStatusName, CELL_STATUS, groupStatusName, GROUP_STATUS, type CellStatus, type GroupStatus } from './statuses.ts';

/**
 * A round's roll-up after the anonymity filter: the same arrays as the aggregates, but
 * every withheld group and mean is erased (zeros), so nothing downstream — export, views,
 * report plugins — can show what the rules withhold, even by mistake. Form counts stay:
 * they are participation, shown for every group.
 */
export interface FilteredRollup {
  readonly tree: LeaderTree;
  readonly layout: RoundLayout;
  readonly k: number;
  /** The peers' threshold; peers appear in direct groups only. */
  readonly peerK: number;
  readonly groupCount: number;
  readonly cellCount: number;
  readonly forms: Int32Array;
  readonly itemHist: Int32Array;
  readonly themeSums: Float64Array;
  readonly groupStatus: Uint8Array;
  readonly cellStatus: Uint8Array;
}

/**
 * The aggregates with everything the decisions withhold erased: a copy, or — when the caller
 * owns the aggregates and drops them afterwards (`inPlace`) — the same arrays, saving a copy
 * of several megabytes on a large tenant.
 */
export function filterRollup(aggregates: RollupAggregates, decisions: AnonymityDecisions, inPlace = false): FilteredRollup {
  const { layout, groupCount } = aggregates;
  const { itemCount, themeCount } = layout;
  const { cellCount, cellStatus } = decisions;
  const itemHist = inPlace ? aggregates.itemHist : aggregates.itemHist.slice();
  const themeSums = inPlace ? aggregates.themeSums : aggregates.themeSums.slice();
  for (let groupRole = 0; groupRole < groupCount * ROLE_COUNT; groupRole++) {
    const statusBase = groupRole * cellCount;
    for (let i = 0; i < itemCount; i++) {
      if (cellStatus[statusBase + i] !== CELL_STATUS.shown) {
        const at = (groupRole * itemCount + i) * ANSWER_CODES;
        itemHist.fill(0, at, at + ANSWER_CODES);
      }
    }
    for (let t = 0; t < themeCount; t++) {
      if (cellStatus[statusBase + itemCount + t] !== CELL_STATUS.shown) {
        const at = (groupRole * themeCount + t) * THEME_FIELDS;
        themeSums.fill(0, at, at + THEME_FIELDS);
      }
    }
  }
  return {
    tree: aggregates.tree, layout, k: decisions.k, peerK: decisions.peerK, groupCount, cellCount,
    forms: inPlace ? aggregates.forms : aggregates.forms.slice(), itemHist, themeSums,
    groupStatus: inPlace ? decisions.groupStatus : decisions.groupStatus.slice(), cellStatus: inPlace ? cellStatus : cellStatus.slice(),
  };
}

/** A shown figure, or the reason it is withheld. */
export type Cell<T> = { readonly shown: true; readonly value: T } | { readonly shown: false; readonly reason: CellStatus | GroupStatus };

/** Forms in a group and whether the group is shown. */
export function groupFigures(rollup: FilteredRollup, group: number, role: number): { forms: number; status: GroupStatus } {
  const at = group * ROLE_COUNT + role;
  return { forms: rollup.forms[at]!, status: groupStatusName(rollup.groupStatus[at]!) };
}

function hiddenReason(rollup: FilteredRollup, group: number, role: number, cell: number): CellStatus | GroupStatus | null {
  const groupCode = rollup.groupStatus[group * ROLE_COUNT + role]!;
  if (groupCode !== GROUP_STATUS.shown) return groupStatusName(groupCode);
  const cellCode = rollup.cellStatus[(group * ROLE_COUNT + role) * rollup.cellCount + cell]!;
  return cellCode === CELL_STATUS.shown ? null : cellStatusName(cellCode);
}

/** One item's statistics in a group, if shown. */
export function itemCell(rollup: FilteredRollup, group: number, role: number, item: number): Cell<ItemStatistics> {
  const reason = hiddenReason(rollup, group, role, item);
  if (reason !== null) return { shown: false, reason };
  const offset = ((group * ROLE_COUNT + role) * rollup.layout.itemCount + item) * ANSWER_CODES;
  return { shown: true, value: itemStatistics(rollup.itemHist, offset) };
}

/** One theme's statistics in a group, if shown. */
export function themeCell(rollup: FilteredRollup, group: number, role: number, theme: number): Cell<ThemeStatistics> {
  const { itemCount, themeCount, themeScale } = rollup.layout;
  const reason = hiddenReason(rollup, group, role, itemCount + theme);
  if (reason !== null) return { shown: false, reason };
  const offset = ((group * ROLE_COUNT + role) * themeCount + theme) * THEME_FIELDS;
  return { shown: true, value: themeStatistics(rollup.themeSums, offset, themeScale[theme]!) };
}
