import type { AnyTheme, GroupScores, ItemAggregate, RaterRole, RoleAggregates, Suppressed, SuppressionReason, ThemeAggregate, ThemeScores } from '@spejl/plugin-sdk';
import { itemCell, themeCell, type FilteredRollup } from '../anonymity/filtered-rollup.ts';
import type { CellStatus, GroupStatus } from '../anonymity/statuses.ts';
import { ROLE_COUNT, roleIndex } from '../scoring/rater-roles.ts';
import type { ItemStatistics, ThemeStatistics } from '../scoring/statistics.ts';

const REASONS: Record<Exclude<CellStatus | GroupStatus, 'shown'>, SuppressionReason> = {
  tooFewForms: 'below-threshold',
  derivable: 'complementary',
  noForms: 'no-forms',
  groupHidden: 'below-threshold',
  tooFewAnswers: 'too-few-answers',
};

/** Why a figure is withheld, in the words report plugins receive. */
export function suppressed(reason: CellStatus | GroupStatus): Suppressed {
  return { suppressed: true, reason: reason === 'shown' ? 'no-forms' : REASONS[reason] };
}

/** The published statistics of an item as report plugins receive them. */
export function itemAggregate(forms: number, s: ItemStatistics): ItemAggregate {
  return { suppressed: false, forms, n: s.answered, dontKnow: s.dontKnow, mean: s.mean, sd: s.sd, counts: s.counts };
}

/** The published statistics of a theme as report plugins receive them. */
export function themeAggregate(forms: number, s: ThemeStatistics): ThemeAggregate {
  return { suppressed: false, forms, n: s.answered, mean: s.mean, sd: s.sd };
}

/** Where the round's themes and items sit in the roll-up's arrays. */
export interface ThemePositions {
  readonly theme: AnyTheme;
  readonly position: number;
  readonly items: readonly { readonly id: string; readonly position: number }[];
}

/** The themes of a view with their array positions; themes the roll-up does not know are left out. */
export function themePositions(rollup: FilteredRollup, themes: readonly AnyTheme[]): ThemePositions[] {
  return themes.flatMap((theme) => {
    const position = rollup.layout.themes.findIndex((t) => t.id === theme.id);
    if (position < 0) return [];
    const items = theme.items.flatMap((item) => {
      const at = rollup.layout.itemPosition.get(`${theme.id}.${item.id}`);
      return at === undefined ? [] : [{ id: item.id, position: at }];
    });
    return [{ theme, position, items }];
  });
}

/** One group's scores, every withheld figure replaced by its reason; roles a theme does not ask are absent. */
export function groupScores(rollup: FilteredRollup, group: number, themes: readonly ThemePositions[]): GroupScores {
  const out: Record<string, ThemeScores> = {};
  for (const { theme, position, items } of themes) {
    const themeRoles: { -readonly [R in RaterRole]?: ThemeAggregate | Suppressed } = {};
    const itemRoles: Record<string, { -readonly [R in RaterRole]?: ItemAggregate | Suppressed }> = Object.fromEntries(items.map((i) => [i.id, {}]));
    for (const role of theme.roles) {
      const r = roleIndex(role);
      if (r < 0) continue;
      const forms = rollup.forms[group * ROLE_COUNT + r]!;
      const t = themeCell(rollup, group, r, position);
      themeRoles[role] = t.shown ? themeAggregate(forms, t.value) : suppressed(t.reason);
      for (const item of items) {
        const c = itemCell(rollup, group, r, item.position);
        itemRoles[item.id]![role] = c.shown ? itemAggregate(forms, c.value) : suppressed(c.reason);
      }
    }
    out[theme.id] = { theme: themeRoles as RoleAggregates<ThemeAggregate>, items: itemRoles };
  }
  return { themes: out };
}
