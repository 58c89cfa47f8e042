import type { AnyTheme, ReportScope, TrendPoint, TrendRound, TrendView } from '@spejl/plugin-sdk';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { groupScores, themePositions, type ThemePositions } from '../report-view/group-scores.ts';
import { chainGroup, directGroup, tenantGroup } from '../scoring/groups.ts';
import { trendPoints, type RoundFigure } from './trend-rule.ts';
import { unitPredecessor, type SnapshotUnit } from './unit-predecessor.ts';
import type { EarlierRound, TrendSource } from './earlier-round.ts';

/** The group a report follows back: a leader's own team, a leader's chain, or the organisation. */
function followed(scope: ReportScope): TrendView['group'] {
  return scope === 'leader' ? 'direct' : scope === 'chain' ? 'chain' : 'organisation';
}

function groupIn(rollup: FilteredRollup, group: TrendView['group'], slot: number): number {
  if (group === 'organisation') return tenantGroup(rollup.tree);
  return group === 'direct' ? directGroup(rollup.tree, slot) : chainGroup(rollup.tree, slot);
}

/** The earlier round's group that this report's group continues, or null (no trend rather than a wrong one). */
function earlierGroup(source: TrendSource, round: EarlierRound, group: TrendView['group'], leaderId: string | undefined): number | null {
  if (group === 'organisation') return tenantGroup(round.rollup.tree);
  if (leaderId === undefined) return null;
  // A leader's own report follows the person (their team is "their previous results"); a chain follows its unit.
  if (group === 'direct') {
    const slot = round.rollup.tree.slotOfPersonId.get(leaderId);
    return slot === undefined ? null : directGroup(round.rollup.tree, slot);
  }
  const unit: SnapshotUnit = source.units.find((u) => u.leaderId === leaderId) ?? { leaderId, unitCode: null };
  const mappings = source.mappings.filter((m) => m.earlierRoundId === round.roundId);
  const found = unitPredecessor(unit, source.units, round.units, mappings, true);
  const slot = found.found ? round.rollup.tree.slotOfPersonId.get(found.leaderId) : undefined;
  return slot === undefined ? null : chainGroup(round.rollup.tree, slot);
}

function employeeFigures(rollup: FilteredRollup, group: number, positions: readonly ThemePositions[], themeIds: readonly string[]): Map<string, RoundFigure> {
  const scores = groupScores(rollup, group, positions);
  return new Map(themeIds.map((id) => [id, scores.themes[id]?.theme.employee ?? 'not-asked']));
}

/** Whether a theme was asked with the same statements in both rounds: a theme mean over other statements is another figure. */
function sameStatements(current: FilteredRollup, earlier: FilteredRollup, themeId: string): boolean {
  const now = current.layout.themes.find((t) => t.id === themeId)?.items;
  const then = earlier.layout.themes.find((t) => t.id === themeId)?.items;
  return now !== undefined && then !== undefined && now.length === then.length && now.every((item, i) => item === then[i]);
}

/**
 * The trend one report shows: its group in every earlier round where a predecessor is found,
 * each point published in both rounds and safe to compare (trend-rule.ts). Undefined when the
 * organisation has no closed round before this one.
 */
export function buildTrendView(source: TrendSource | undefined, current: FilteredRollup, themes: readonly AnyTheme[], scope: ReportScope, slot: number, leaderId: string | undefined): TrendView | undefined {
  if (!source || source.earlier.length === 0) return undefined;
  const group = followed(scope);
  const themeIds = themePositions(current, themes).map((t) => t.theme.id);
  const now = employeeFigures(current, groupIn(current, group, slot), themePositions(current, themes), themeIds);
  const rounds: TrendRound[] = [];
  const figures: Map<string, RoundFigure>[] = [];
  let k = current.k;
  for (const round of source.earlier) {
    const g = earlierGroup(source, round, group, leaderId);
    if (g === null) continue;
    rounds.push({ id: round.roundId, name: round.name, closedAt: round.closedAt });
    const then = employeeFigures(round.rollup, g, themePositions(round.rollup, themes), themeIds);
    for (const id of themeIds) if (!sameStatements(current, round.rollup, id)) then.set(id, 'not-asked');
    figures.push(then);
    k = Math.max(k, round.rollup.k);
  }
  const out: Record<string, TrendPoint[]> = {};
  for (const id of themeIds) out[id] = trendPoints(now.get(id), figures.map((f) => f.get(id)), k);
  return { group, rounds, themes: out, unmatchedRounds: source.earlier.length - rounds.length, threshold: k };
}
