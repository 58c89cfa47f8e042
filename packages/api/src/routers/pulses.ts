import { z } from 'zod';
import {
  hierarchySnapshots, leaderPulses, linkKeyFromEnv, listPulses, planPulse, pulseRequestSchema, pulseResult, startPulse, type PulseCaller, type PulsePlan,
} from '@spejl/core';
import { requireRole, router, tenantProcedure, type TenantContext } from '../trpc.ts';

const tenant = z.object({ tenantId: z.uuid() });
const parent = tenant.extend({ parentRoundId: z.uuid() });

const caller = (ctx: Pick<TenantContext, 'role' | 'personId' | 'user'>): PulseCaller => ({ role: ctx.role, personId: ctx.personId, userId: ctx.user.id });

type Texts = { da?: string; en?: string };

/** What the console shows before a pulse starts: the teams, how many are asked, the statements as the employees will read them. */
function planView(plan: PulsePlan) {
  return {
    parentRoundId: plan.parent.id,
    name: plan.name,
    opensAt: plan.opensAt,
    closesAt: plan.closesAt,
    threshold: plan.threshold,
    teams: plan.teams,
    respondents: plan.teams.reduce((sum, t) => sum + t.size, 0),
    items: plan.themes.flatMap((theme) => (theme.items as { id: string; label?: Texts; text?: { employee?: Texts } }[]).map((item) => ({
      themeId: theme.id, itemId: item.id, label: item.label ?? {}, text: item.text?.employee ?? {},
    }))),
  };
}

/**
 * Pulses (issue 15): a leader asks their own team again from a focus point of their plan, or an admin
 * asks chosen teams (or every team large enough), a few statements of a closed round; the result is
 * the change against that round, under the trends' rule.
 */
export const pulsesRouter = router({
  /** Checks a pulse as start would and shows what it would ask of whom; starts nothing. */
  preview: tenantProcedure.input(tenant.extend({ request: pulseRequestSchema })).query(async ({ ctx, input }) =>
    planView(await planPulse(ctx.tx, ctx.tenantId, caller(ctx), input.request)),
  ),
  /** Starts a pulse: creates and launches it at once; invitations go out from its opening date. */
  start: tenantProcedure.input(tenant.extend({ request: pulseRequestSchema })).mutation(async ({ ctx, input }) => {
    const started = await startPulse(ctx.tx, ctx.tenantId, caller(ctx), input.request, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() });
    await ctx.audit('pulse.start', started.round.id, {
      parentRoundId: input.request.parentRoundId, teams: started.plan.teams.length, respondents: started.respondents, items: started.plan.items.map((i) => `${i.theme}.${i.item}`).join(','),
    });
    return { roundId: started.round.id, ...planView(started.plan), forms: started.forms };
  }),
  /** The pulses of a main round, for the tenant's staff. */
  list: tenantProcedure.use(requireRole('admin', 'analyst')).input(parent).query(({ ctx, input }) => listPulses(ctx.tx, ctx.tenantId, input.parentRoundId)),
  /** The pulses of a main round that asked the caller's own team. */
  mine: tenantProcedure.input(parent).query(({ ctx, input }) => (ctx.personId === null ? [] : leaderPulses(ctx.tx, ctx.tenantId, input.parentRoundId, ctx.personId))),
  /** One team's pulse: its dates while it runs, the change against the main round once closed. */
  result: tenantProcedure.input(tenant.extend({ pulseRoundId: z.uuid(), leaderId: z.string().trim().min(1).max(200).nullable().default(null) })).query(async ({ ctx, input }) => {
    const result = await pulseResult(ctx.tx, ctx.tenantId, caller(ctx), input.pulseRoundId, input.leaderId);
    if (result.rows) await ctx.audit('pulse.read', input.pulseRoundId, { leaderId: result.leaderId });
    return result;
  }),
});
