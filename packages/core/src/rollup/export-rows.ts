import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { CELL_STATUS, GROUP_STATUS } from '../anonymity/statuses.ts';
import { THEME_FIELDS } from '../scoring/aggregates.ts';
import { ANSWER_CODES, DONT_KNOW } from '../scoring/answer-codes.ts';
import { chainGroup, directGroup } from '../scoring/groups.ts';
import { ROLE_COUNT, ROLLUP_ROLES, type RollupRole } from '../scoring/rater-roles.ts';
import { sampleSd } from '../scoring/statistics.ts';

/** The roll-up export's columns, in DESIGN.md's order. */
export const ROLLUP_COLUMNS = [
  'leader_id', 'scope', 'rater_role', 'theme_id', 'item_id', 'forms', 'answered', 'dont_know',
  'mean', 'sd', 'n1', 'n2', 'n3', 'n4', 'n5', 'suppressed',
] as const;

/** One row of the roll-up export; null is a blank field. */
export interface RollupRow {
  leader_id: string;
  scope: 'direct' | 'chain';
  rater_role: RollupRole;
  theme_id: string;
  /** `*` on the theme row */
  item_id: string;
  forms: number;
  answered: number | null;
  dont_know: number | null;
  mean: number | null;
  sd: number | null;
  n1: number | null;
  n2: number | null;
  n3: number | null;
  n4: number | null;
  n5: number | null;
  /** true when this row's figures are withheld: the group is suppressed, or this mean is */
  suppressed: boolean;
}

function blankFigures(row: RollupRow): void {
  row.answered = row.dont_know = row.mean = row.sd = null;
  row.n1 = row.n2 = row.n3 = row.n4 = row.n5 = null;
}

function itemFigures(row: RollupRow, hist: Int32Array, at: number): void {
  row.n1 = hist[at + 1]!;
  row.n2 = hist[at + 2]!;
  row.n3 = hist[at + 3]!;
  row.n4 = hist[at + 4]!;
  row.n5 = hist[at + 5]!;
  const answered = row.n1 + row.n2 + row.n3 + row.n4 + row.n5;
  const sum = row.n1 + 2 * row.n2 + 3 * row.n3 + 4 * row.n4 + 5 * row.n5;
  const squares = row.n1 + 4 * row.n2 + 9 * row.n3 + 16 * row.n4 + 25 * row.n5;
  row.answered = answered;
  row.dont_know = hist[at + DONT_KNOW]!;
  row.mean = answered > 0 ? sum / answered : null;
  row.sd = sampleSd(answered, sum, squares);
}

function themeFigures(row: RollupRow, sums: Float64Array, at: number, scale: number): void {
  const answered = sums[at]!;
  const sd = sampleSd(answered, sums[at + 2]!, sums[at + 3]!);
  row.answered = answered;
  row.dont_know = sums[at + 1]!;
  row.mean = answered > 0 ? sums[at + 2]! / (answered * scale) : null;
  row.sd = sd === null ? null : sd / scale;
  row.n1 = row.n2 = row.n3 = row.n4 = row.n5 = null;
}

/**
 * Calls `visit` for every export row, in a fixed order: leaders depth-first from the top
 * (siblings by person id), then scope (direct, chain), role (employee, self, superior, peer; peers direct only),
 * theme in the round's order with its `*` row first and its items in the theme's order.
 * Groups without forms have no rows. `visit` receives one reused row object — copy it to
 * keep it — because a large tenant has hundreds of thousands of rows and allocating each
 * one is what makes an export slow.
 */
export function visitRollupRows(rollup: FilteredRollup, visit: (row: Readonly<RollupRow>) => void): void {
  const { tree, layout, itemHist, themeSums, cellCount } = rollup;
  const { itemCount, themeCount, themeStart, themeScale } = layout;
  const row: RollupRow = {
    leader_id: '', scope: 'direct', rater_role: 'employee', theme_id: '', item_id: '', forms: 0, answered: null, dont_know: null,
    mean: null, sd: null, n1: null, n2: null, n3: null, n4: null, n5: null, suppressed: false,
  };
  for (const slot of tree.readingOrder) {
    row.leader_id = tree.personIds[tree.leaderPerson[slot]!]!;
    for (const scope of ['direct', 'chain'] as const) {
      const group = scope === 'direct' ? directGroup(tree, slot) : chainGroup(tree, slot);
      row.scope = scope;
      for (let role = 0; role < ROLE_COUNT; role++) {
        const groupRole = group * ROLE_COUNT + role;
        row.forms = rollup.forms[groupRole]!;
        if (row.forms === 0) continue;
        row.rater_role = ROLLUP_ROLES[role]!;
        const groupShown = rollup.groupStatus[groupRole] === GROUP_STATUS.shown;
        for (let t = 0; t < themeCount; t++) {
          row.theme_id = layout.themes[t]!.id;
          row.item_id = '*';
          row.suppressed = !groupShown || rollup.cellStatus[groupRole * cellCount + itemCount + t] !== CELL_STATUS.shown;
          if (row.suppressed) blankFigures(row);
          else themeFigures(row, themeSums, (groupRole * themeCount + t) * THEME_FIELDS, themeScale[t]!);
          visit(row);
          for (let i = themeStart[t]!; i < themeStart[t + 1]!; i++) {
            row.item_id = layout.themes[t]!.items[i - themeStart[t]!]!;
            row.suppressed = !groupShown || rollup.cellStatus[groupRole * cellCount + i] !== CELL_STATUS.shown;
            if (row.suppressed) blankFigures(row);
            else itemFigures(row, itemHist, (groupRole * itemCount + i) * ANSWER_CODES);
            visit(row);
          }
        }
      }
    }
  }
}

/** Every export row as its own object, in the export's order. */
export function rollupRows(rollup: FilteredRollup): RollupRow[] {
  const rows: RollupRow[] = [];
  visitRollupRows(rollup, (row) => rows.push({ ...row }));
  return rows;
}
