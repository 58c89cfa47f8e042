import type { AnyTheme, ItemAggregate, Suppressed, ThemeAggregate } from '@spejl/plugin-sdk';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { groupScores, themePositions } from '../report-view/group-scores.ts';
import { directGroup } from '../scoring/groups.ts';
import { trendPoints } from '../trends/trend-rule.ts';

/** A published employee mean: its value and how many answered. */
export interface PulseFigure {
  readonly mean: number;
  readonly n: number;
}

/** One line of a pulse's result: a statement (or a theme asked whole) in the main round and in the pulse. */
export interface PulseChangeRow {
  readonly themeId: string;
  /** null on a theme's line (shown only when the pulse asked every statement the main round did). */
  readonly itemId: string | null;
  readonly label: { readonly da: string; readonly en: string };
  readonly main: PulseFigure | null;
  readonly pulse: PulseFigure | null;
  /** pulse − main, only when both are published and comparable (trends/trend-rule.ts). */
  readonly change: number | null;
  readonly reason: 'shown' | 'not-published' | 'count-change';
}

type Figure = ItemAggregate | ThemeAggregate | Suppressed | undefined;

function published(figure: Figure): PulseFigure | null {
  return figure && !figure.suppressed && figure.mean !== null ? { mean: figure.mean, n: figure.n } : null;
}

/**
 * Compares under the trends' rule: a change only between two published means whose forms and
 * answers differ by 0 or by at least k; otherwise no change, and no main-round figure beside the
 * pulse's (a reader would do the subtraction the rule refuses).
 */
function row(themeId: string, itemId: string | null, label: PulseChangeRow['label'], now: Figure, then: Figure, k: number): PulseChangeRow {
  const point = trendPoints(now as ThemeAggregate | Suppressed | undefined, [then as ThemeAggregate | Suppressed | undefined], k)[0]!;
  const pulse = published(now);
  if (point.shown) return { themeId, itemId, label, main: { mean: point.mean, n: point.n }, pulse, change: pulse && pulse.mean - point.mean, reason: 'shown' };
  return { themeId, itemId, label, main: null, pulse, change: null, reason: pulse && published(then) ? 'count-change' : 'not-published' };
}

function labelOf(item: { label?: unknown; id: string }): PulseChangeRow['label'] {
  const label = (item.label ?? {}) as { da?: string; en?: string };
  return { da: label.da ?? label.en ?? item.id, en: label.en ?? label.da ?? item.id };
}

/**
 * The change of one leader's team: each statement the pulse asked, and each theme it asked whole,
 * the pulse's published employee mean against the main round's for the same team. `themes` are the
 * pulse's (cut down to its statements); k is the larger of the two rounds' thresholds.
 */
export function pulseChanges(pulse: FilteredRollup, main: FilteredRollup, themes: readonly AnyTheme[], leaderId: string): PulseChangeRow[] {
  const pulseSlot = pulse.tree.slotOfPersonId.get(leaderId);
  const mainSlot = main.tree.slotOfPersonId.get(leaderId);
  if (pulseSlot === undefined || mainSlot === undefined) return [];
  const k = Math.max(pulse.k, main.k);
  const now = groupScores(pulse, directGroup(pulse.tree, pulseSlot), themePositions(pulse, themes));
  const then = groupScores(main, directGroup(main.tree, mainSlot), themePositions(main, themes));
  const rows: PulseChangeRow[] = [];
  for (const theme of themes) {
    for (const item of theme.items) {
      rows.push(row(theme.id, item.id, labelOf(item), now.themes[theme.id]?.items[item.id]?.employee, then.themes[theme.id]?.items[item.id]?.employee, k));
    }
    const asked = pulse.layout.themes.find((t) => t.id === theme.id)?.items;
    const before = main.layout.themes.find((t) => t.id === theme.id)?.items;
    const whole = asked !== undefined && before !== undefined && asked.length === before.length && asked.every((id, i) => id === before[i]);
    if (whole) rows.push(row(theme.id, null, labelOf({ id: theme.id, label: theme.title }), now.themes[theme.id]?.theme.employee, then.themes[theme.id]?.theme.employee, k));
  }
  return rows;
}
