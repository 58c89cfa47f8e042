import { itemCell, themeCell, type FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { chainGroup, directGroup } from '../scoring/groups.ts';
import { ROLE_COUNT, ROLLUP_ROLES, type RollupRole } from '../scoring/rater-roles.ts';

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

const BLANK_FIGURES = { answered: null, dont_know: null, mean: null, sd: null, n1: null, n2: null, n3: null, n4: null, n5: null };

/**
 * Every export row, in a fixed order: leaders depth-first from the top (siblings by person
 * id), then scope (direct, chain), role (employee, self, superior), theme in the round's
 * order with its `*` row first and its items in the theme's order. Groups without forms
 * have no rows.
 */
export function* rollupRows(rollup: FilteredRollup): Generator<RollupRow> {
  const { tree, layout } = rollup;
  for (const slot of tree.readingOrder) {
    const leader_id = tree.personIds[tree.leaderPerson[slot]!]!;
    for (const [scope, group] of [['direct', directGroup(tree, slot)], ['chain', chainGroup(tree, slot)]] as const) {
      for (let role = 0; role < ROLE_COUNT; role++) {
        const forms = rollup.forms[group * ROLE_COUNT + role]!;
        if (forms === 0) continue;
        const key = { leader_id, scope, rater_role: ROLLUP_ROLES[role]!, forms };
        for (let t = 0; t < layout.themeCount; t++) {
          const theme_id = layout.themes[t]!.id;
          const theme = themeCell(rollup, group, role, t);
          yield theme.shown
            ? { ...key, theme_id, item_id: '*', ...BLANK_FIGURES, answered: theme.value.answered, dont_know: theme.value.dontKnow, mean: theme.value.mean, sd: theme.value.sd, suppressed: false }
            : { ...key, theme_id, item_id: '*', ...BLANK_FIGURES, suppressed: true };
          for (let i = layout.themeStart[t]!; i < layout.themeStart[t + 1]!; i++) {
            const item_id = layout.themes[t]!.items[i - layout.themeStart[t]!]!;
            const cell = itemCell(rollup, group, role, i);
            if (!cell.shown) {
              yield { ...key, theme_id, item_id, ...BLANK_FIGURES, suppressed: true };
              continue;
            }
            const { answered, dontKnow, mean, sd, counts } = cell.value;
            const [n1, n2, n3, n4, n5] = counts;
            yield { ...key, theme_id, item_id, answered, dont_know: dontKnow, mean, sd, n1, n2, n3, n4, n5, suppressed: false };
          }
        }
      }
    }
  }
}
