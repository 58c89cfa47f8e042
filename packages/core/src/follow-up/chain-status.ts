import { textIn, type Locale } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import type { RoundResults } from '../reports/round-reports.ts';
import { planAccess, type PlanReader } from './plan-access.ts';
import { loadFollowUpPolicy } from './follow-up-settings.ts';
import { chainLeaders, roundLeader } from './round-leaders.ts';

/** One leader's follow-up at a glance: no text, only how far it has come. */
export interface LeaderFollowUpStatus {
  readonly personId: string;
  readonly name: string;
  readonly unitName: string | null;
  /** Levels below the chain's top (0 for the top itself). */
  readonly depth: number;
  readonly hasPlan: boolean;
  /** Only where the reader may open the plan (planAccess): no other reader learns its id. */
  readonly planId: string | null;
  readonly talkAt: string | null;
  readonly talkHeld: boolean;
  readonly talkConfirmed: boolean;
  /** Focus points per theme id. */
  readonly focusPoints: Readonly<Record<string, number>>;
  readonly focusPointsDone: number;
}

/** A chain's follow-up status: per evaluated leader, and the totals. */
export interface ChainFollowUpStatus {
  readonly roundId: string;
  readonly roundName: string;
  /** The chain's top, or null for the whole organisation. */
  readonly rootId: string | null;
  readonly themes: readonly { readonly id: string; readonly title: string }[];
  readonly leaders: readonly LeaderFollowUpStatus[];
  readonly totals: { readonly leaders: number; readonly plans: number; readonly talksHeld: number; readonly talksConfirmed: number; readonly focusPoints: Readonly<Record<string, number>> };
}

/**
 * The chain whose status the reader may see: a leader their own chain or a chain inside it;
 * admins, analysts and operators any chain or the whole organisation (null).
 */
function chainRoot(results: RoundResults, reader: PlanReader, asked: string | null): string | null {
  if (reader.role !== 'leader') return asked;
  const own = reader.personId;
  if (own === null || !roundLeader(results, own)) throw codedError('FORBIDDEN', 'followUp.chainForbidden', {});
  if (asked === null || asked === own) return own;
  const inside = chainLeaders(results, own).some((l) => l.personId === asked);
  if (!inside) throw codedError('FORBIDDEN', 'followUp.chainForbidden', {});
  return asked;
}

/** Per leader of a chain the round evaluated: plan present, talk held and confirmed, focus points per theme (counts only). */
export async function chainFollowUpStatus(tx: TenantTx, tenantId: string, reader: PlanReader, results: RoundResults, asked: string | null, locale: Locale): Promise<ChainFollowUpStatus> {
  const rootId = chainRoot(results, reader, asked);
  const leaders = chainLeaders(results, rootId).filter((l) => results.subjects.has(l.personId));
  const plans = await tx
    .selectFrom('follow_up_plans')
    .select(['id', 'leader_id', 'superior_id', 'talk_at', 'talk_held_at', 'talk_confirmed_at'])
    .where('tenant_id', '=', tenantId)
    .where('round_id', '=', results.roundId)
    .execute();
  const points = await tx
    .selectFrom('follow_up_focus_points as f')
    .innerJoin('follow_up_plans as p', (j) => j.onRef('p.tenant_id', '=', 'f.tenant_id').onRef('p.id', '=', 'f.plan_id'))
    .select(['f.plan_id', 'f.theme_id', 'f.status'])
    .where('f.tenant_id', '=', tenantId)
    .where('p.round_id', '=', results.roundId)
    .execute();
  const policy = await loadFollowUpPolicy(tx, tenantId);
  const planOf = new Map(plans.map((p) => [p.leader_id, p]));
  const pointsOf = new Map<string, typeof points>();
  for (const p of points) pointsOf.set(p.plan_id, [...(pointsOf.get(p.plan_id) ?? []), p]);
  const totals = { leaders: leaders.length, plans: 0, talksHeld: 0, talksConfirmed: 0, focusPoints: {} as Record<string, number> };
  const rows = leaders.map((l): LeaderFollowUpStatus => {
    const leader = roundLeader(results, l.personId)!;
    const plan = planOf.get(l.personId);
    const own = plan ? (pointsOf.get(plan.id) ?? []) : [];
    const focusPoints: Record<string, number> = {};
    for (const p of own) {
      focusPoints[p.theme_id] = (focusPoints[p.theme_id] ?? 0) + 1;
      totals.focusPoints[p.theme_id] = (totals.focusPoints[p.theme_id] ?? 0) + 1;
    }
    if (plan) totals.plans++;
    if (plan?.talk_held_at) totals.talksHeld++;
    if (plan?.talk_confirmed_at) totals.talksConfirmed++;
    return {
      personId: l.personId, name: leader.name, unitName: leader.unitName, depth: l.depth, hasPlan: plan !== undefined,
      planId: plan && planAccess(reader, { leaderId: plan.leader_id, superiorId: plan.superior_id }, policy) !== 'none' ? plan.id : null,
      talkAt: plan ? new Date(plan.talk_at).toISOString() : null, talkHeld: Boolean(plan?.talk_held_at), talkConfirmed: Boolean(plan?.talk_confirmed_at),
      focusPoints, focusPointsDone: own.filter((p) => p.status === 'done').length,
    };
  });
  return {
    roundId: results.roundId, roundName: results.source.round.name, rootId,
    themes: results.source.themes.map((t) => ({ id: t.id, title: textIn(t.title, locale) })),
    leaders: rows, totals,
  };
}
