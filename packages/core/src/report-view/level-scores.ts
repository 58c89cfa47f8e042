import type { GroupScores, ItemAggregate, RaterRole, Suppressed, ThemeAggregate, ThemeScores } from '@spejl/plugin-sdk';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { CELL_STATUS } from '../anonymity/statuses.ts';
import { THEME_FIELDS } from '../scoring/aggregates.ts';
import { ANSWER_CODES } from '../scoring/answer-codes.ts';
import { directGroup } from '../scoring/groups.ts';
import { ROLE_COUNT, roleIndex } from '../scoring/rater-roles.ts';
import { itemStatistics, themeStatistics } from '../scoring/statistics.ts';
import { itemAggregate, suppressed, themeAggregate, type ThemePositions } from './group-scores.ts';

/** Pooled figures of the leaders at one depth: summed histograms and the forms behind them, per role and cell. */
interface LevelPool {
  readonly itemHist: Int32Array;
  readonly themeSums: Float64Array;
  /** [role][cell] → forms of the groups whose figure for that cell is shown */
  readonly forms: Int32Array;
}

const pools = new WeakMap<FilteredRollup, Map<number, LevelPool>>();

/**
 * Sums the shown direct-group figures of every leader at `depth`. Withheld figures are
 * zeros in a filtered roll-up, and a sum of shown figures reveals nothing new, so the
 * comparison is safe by construction (it leaves out exactly the withheld teams).
 */
function levelPool(rollup: FilteredRollup, depth: number): LevelPool {
  const byDepth = pools.get(rollup) ?? pools.set(rollup, new Map()).get(rollup)!;
  const cached = byDepth.get(depth);
  if (cached) return cached;
  const { itemCount, themeCount } = rollup.layout;
  const itemBlock = ROLE_COUNT * itemCount * ANSWER_CODES;
  const themeBlock = ROLE_COUNT * themeCount * THEME_FIELDS;
  const pool: LevelPool = { itemHist: new Int32Array(itemBlock), themeSums: new Float64Array(themeBlock), forms: new Int32Array(ROLE_COUNT * rollup.cellCount) };
  const { tree } = rollup;
  for (let slot = 0; slot < tree.leaderCount; slot++) {
    if (tree.leaderDepth[slot] !== depth) continue;
    const g = directGroup(tree, slot);
    for (let j = 0; j < itemBlock; j++) pool.itemHist[j]! += rollup.itemHist[g * itemBlock + j]!;
    for (let j = 0; j < themeBlock; j++) pool.themeSums[j]! += rollup.themeSums[g * themeBlock + j]!;
    for (let r = 0; r < ROLE_COUNT; r++) {
      for (let c = 0; c < rollup.cellCount; c++) {
        if (rollup.cellStatus[(g * ROLE_COUNT + r) * rollup.cellCount + c] === CELL_STATUS.shown) pool.forms[r * rollup.cellCount + c]! += rollup.forms[g * ROLE_COUNT + r]!;
      }
    }
  }
  byDepth.set(depth, pool);
  return pool;
}

/** Scores of all leaders at one depth together (their shown team figures pooled), for the "same level" comparison. */
export function levelScores(rollup: FilteredRollup, depth: number, themes: readonly ThemePositions[]): GroupScores {
  const pool = levelPool(rollup, depth);
  const { itemCount, themeCount, themeScale } = rollup.layout;
  const out: Record<string, ThemeScores> = {};
  for (const { theme, position, items } of themes) {
    const themeRoles: { -readonly [R in RaterRole]?: ThemeAggregate | Suppressed } = {};
    const itemRoles: Record<string, { -readonly [R in RaterRole]?: ItemAggregate | Suppressed }> = Object.fromEntries(items.map((i) => [i.id, {}]));
    for (const role of theme.roles) {
      const r = roleIndex(role);
      if (r < 0) continue;
      const themeForms = pool.forms[r * rollup.cellCount + itemCount + position]!;
      themeRoles[role] = themeForms > 0 ? themeAggregate(themeForms, themeStatistics(pool.themeSums, (r * themeCount + position) * THEME_FIELDS, themeScale[position]!)) : suppressed('tooFewForms');
      for (const item of items) {
        const forms = pool.forms[r * rollup.cellCount + item.position]!;
        itemRoles[item.id]![role] = forms > 0 ? itemAggregate(forms, itemStatistics(pool.itemHist, (r * itemCount + item.position) * ANSWER_CODES)) : suppressed('tooFewForms');
      }
    }
    out[theme.id] = { theme: themeRoles, items: itemRoles };
  }
  return { themes: out };
}
