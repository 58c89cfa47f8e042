import { themeContentView, type AnyTheme, type ComparisonView, type Locale, type RaterRole, type ReportScope, type ReportView, type RoleRates, type TenantFraming, type UnitView } from '@spejl/plugin-sdk';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { codedError } from '../errors/spejl-error.ts';
import { chainGroup, directGroup, tenantGroup } from '../scoring/groups.ts';
import { ROLE_COUNT, roleIndex } from '../scoring/rater-roles.ts';
import type { CommentSets } from '../comments/comment-sets.ts';
import { commentsView } from './comments-view.ts';
import { groupScores, themePositions, type ThemePositions } from './group-scores.ts';
import { levelScores } from './level-scores.ts';
import type { TrendSource } from '../trends/earlier-round.ts';
import { buildTrendView } from '../trends/trend-view.ts';

/** Everything a round offers its reports: the filtered roll-up (never raw forms) and what names it. */
export interface ViewSource {
  readonly rollup: FilteredRollup;
  /** leader slot → name and unit, as frozen in the round */
  readonly leaders: readonly { readonly name: string; readonly unitName: string | null }[];
  /** [group][role] → people asked; without it a rate shows the forms received as asked */
  readonly invited?: Int32Array | null;
  readonly round: { readonly name: string; readonly closedAt: string | null };
  readonly organisationName: string;
  /** The round's pinned themes, in the round's order. */
  readonly themes: readonly AnyTheme[];
  readonly framing: TenantFraming | null;
  /** Earlier closed rounds and this round's units, for development over time (trends/). */
  readonly trend?: TrendSource | null;
  /** leader slot → the faggrupper at least k people of the chain hold (report-view/unit-faggrupper.ts) */
  readonly unitFaggrupper?: readonly (readonly string[])[];
  /** The round's comment sets (comments/comment-sets.ts); absent when it asked no open questions. */
  readonly comments?: CommentSets | null;
}

/** Whose report, in which language, and how many levels of units a chain or tenant report lists. */
export interface ViewRequest {
  readonly scope: ReportScope;
  /** The leader's person id (leader and chain scope). */
  readonly leaderId?: string;
  readonly locale: Locale;
  /** Levels of leaders below the subject listed as units (default 2). */
  readonly unitDepth?: number;
}

const LABELS = {
  organisation: { da: 'Hele organisationen', en: 'Whole organisation' },
  level: { da: 'Ledere på samme niveau', en: 'Leaders at the same level' },
} as const;

function responseRates(source: ViewSource, group: number, roles: readonly RaterRole[]): RoleRates {
  const rates: { -readonly [R in RaterRole]?: { invited: number; answered: number } } = {};
  for (const role of roles) {
    // Peers answer about one leader: a chain or the organisation has no peer rate (peer-groups.ts).
    if (role === 'peer' && group >= source.rollup.tree.leaderCount) continue;
    const at = group * ROLE_COUNT + roleIndex(role);
    const answered = source.rollup.forms[at]!;
    rates[role] = { invited: Math.max(source.invited?.[at] ?? 0, answered), answered };
  }
  return rates;
}

function askedRoles(themes: readonly ThemePositions[]): RaterRole[] {
  return [...new Set(themes.flatMap((t) => t.theme.roles))];
}

/** Leaders below `slot` (or below the top when slot is -1) down to `levels`, depth-first, siblings by id. */
function unitsBelow(source: ViewSource, slot: number, levels: number, themes: readonly ThemePositions[]): UnitView[] {
  const { tree } = source.rollup;
  const units: UnitView[] = [];
  const roles = askedRoles(themes);
  const visit = (s: number, depth: number) => {
    units.push({
      key: `u${units.length + 1}`,
      leaderName: source.leaders[s]?.name ?? '',
      unitName: source.leaders[s]?.unitName ?? null,
      depth,
      scores: { direct: groupScores(source.rollup, directGroup(tree, s), themes), chain: groupScores(source.rollup, chainGroup(tree, s), themes) },
      responseRates: { direct: responseRates(source, directGroup(tree, s), roles), chain: responseRates(source, chainGroup(tree, s), roles) },
      faggrupper: source.unitFaggrupper?.[s] ?? [],
    });
    if (depth < levels) for (let i = tree.childStart[s]!; i < tree.childStart[s + 1]!; i++) visit(tree.childLeaders[i]!, depth + 1);
  };
  const tops = slot < 0 ? Array.from(tree.rootLeaders) : Array.from(tree.childLeaders.subarray(tree.childStart[slot], tree.childStart[slot + 1]));
  for (const top of tops) visit(top, 1);
  return units;
}

function comparisons(source: ViewSource, request: ViewRequest, slot: number, themes: readonly ThemePositions[]): ComparisonView[] {
  const { rollup } = source;
  const out: ComparisonView[] = [{ key: 'organisation', label: LABELS.organisation[request.locale], scores: groupScores(rollup, tenantGroup(rollup.tree), themes) }];
  if (slot < 0) return out;
  if (request.scope === 'leader') out.push({ key: 'level', label: LABELS.level[request.locale], scores: levelScores(rollup, rollup.tree.leaderDepth[slot]!, themes) });
  // Earlier rounds are not a comparison group: they reach the view only as its trend, under the trend's rules (trends/trend-rule.ts).
  return out;
}

/**
 * The view one report receives: built from the filtered roll-up only, so a plugin can never
 * see a withheld figure; names instead of person ids, no tenant id.
 */
export function buildReportView(source: ViewSource, request: ViewRequest): ReportView {
  const { rollup } = source;
  const themes = themePositions(rollup, source.themes);
  const roles = askedRoles(themes);
  let slot = -1;
  if (request.scope !== 'tenant') {
    slot = rollup.tree.slotOfPersonId.get(request.leaderId ?? '') ?? -1;
    if (slot < 0) throw codedError('NOT_FOUND', 'report.notALeader', { leaderId: request.leaderId ?? '' });
  }
  const top = tenantGroup(rollup.tree);
  const direct = slot < 0 ? null : directGroup(rollup.tree, slot);
  const chain = slot < 0 ? top : chainGroup(rollup.tree, slot);
  const themeViews = themes.map((t) => themeContentView(t.theme, request.locale, source.framing));
  const comments = commentsView(source.comments, rollup, slot, roles, themeViews, request.scope);
  const trend = buildTrendView(source.trend ?? undefined, rollup, source.themes, request.scope, slot, request.leaderId);
  return {
    scope: request.scope,
    locale: request.locale,
    threshold: rollup.k,
    peerThreshold: rollup.peerK,
    round: source.round,
    subject: slot < 0 ? { name: source.organisationName, unitName: null } : { name: source.leaders[slot]?.name ?? '', unitName: source.leaders[slot]?.unitName ?? null },
    themes: themeViews,
    scores: { direct: direct === null ? null : groupScores(rollup, direct, themes), chain: groupScores(rollup, chain, themes) },
    responseRates: { direct: direct === null ? {} : responseRates(source, direct, roles), chain: responseRates(source, chain, roles) },
    units: request.scope === 'leader' ? [] : unitsBelow(source, slot, request.unitDepth ?? 2, themes),
    comparisons: comparisons(source, request, slot, themes),
    ...(comments ? { comments } : {}),
    ...(trend ? { trend } : {}),
  };
}
