import { z } from 'zod';
import {
  chainFollowUpStatus, codedError, confirmsTalk, confirmTalk, followUpPolicySchema, loadFollowUpPolicy, loadRoundResults, openOwnPlan, planDraftSchema, planFor, planView, saveFollowUpPolicy,
  savePlan, type PlanReader,
} from '@spejl/core';
import { reports as plugins } from '@spejl/plugin-registry';
import { requireRole, router, tenantProcedure, type TenantContext } from '../trpc.ts';

const tenant = z.object({ tenantId: z.uuid() });
const locale = z.enum(['da', 'en']).default('da');
const plan = tenant.extend({ planId: z.uuid(), locale });
const revision = z.number().int().positive();

const reader = (ctx: Pick<TenantContext, 'role' | 'personId'>): PlanReader => ({ role: ctx.role, personId: ctx.personId });

/** The plan, the caller's access to it and its round's results, or the same "not found" for any plan the caller may not see. */
async function accessed(ctx: TenantContext, planId: string) {
  const policy = await loadFollowUpPolicy(ctx.tx, ctx.tenantId);
  const found = await planFor(ctx.tx, ctx.tenantId, reader(ctx), planId, policy);
  const results = await loadRoundResults(ctx.tx, ctx.tenantId, found.plan.roundId, plugins, ctx.resultsCache);
  return { ...found, results };
}

/**
 * The leader's follow-up after a closed round (udviklingsplan): the leader writes it, their superior
 * reads it and confirms the talk, admins and analysts see its status or, as the tenant decides, all of it.
 */
export const followUpRouter = router({
  /** Opens the caller's own plan for a closed round (creating it the first time); returns its id. */
  open: tenantProcedure.input(tenant.extend({ roundId: z.uuid() })).mutation(async ({ ctx, input }) => {
    const results = await loadRoundResults(ctx.tx, ctx.tenantId, input.roundId, plugins, ctx.resultsCache);
    const planId = await openOwnPlan(ctx.tx, ctx.tenantId, reader(ctx), results);
    await ctx.audit('followUp.open', planId, { roundId: input.roundId });
    return { planId };
  }),
  /** One plan as the caller may see it: the status always, the text and the conversation guide when their access allows. */
  get: tenantProcedure.input(plan).query(async ({ ctx, input }) => {
    const { plan: stored, access, results } = await accessed(ctx, input.planId);
    if (access !== 'owner') await ctx.audit('followUp.read', stored.id, { leaderId: stored.leaderId, access });
    return planView(stored, access, reader(ctx), results, plugins, input.locale);
  }),
  /** The plan's text, refused to a reader who may see its status only (the console asks `get`; this names the refusal). */
  text: tenantProcedure.input(plan).query(async ({ ctx, input }) => {
    const { plan: stored, access, results } = await accessed(ctx, input.planId);
    if (access === 'status') throw codedError('FORBIDDEN', 'followUp.statusOnly', {});
    if (access === 'talk') throw codedError('FORBIDDEN', 'followUp.talkOnly', {});
    await ctx.audit('followUp.read', stored.id, { leaderId: stored.leaderId, access });
    return planView(stored, access, reader(ctx), results, plugins, input.locale).text!;
  }),
  /** Saves the leader's whole plan if nobody changed it since `expectedRevision`; returns the new revision. */
  save: tenantProcedure.input(tenant.extend({ planId: z.uuid(), expectedRevision: revision, draft: planDraftSchema })).mutation(async ({ ctx, input }) => {
    const { plan: stored, access, results } = await accessed(ctx, input.planId);
    if (access !== 'owner') throw codedError('FORBIDDEN', 'followUp.onlyLeaderWrites', {});
    const saved = await savePlan(ctx.tx, ctx.tenantId, stored, results, input.expectedRevision, input.draft);
    await ctx.audit('followUp.save', stored.id, { revision: saved, focusPoints: input.draft.focusPoints.length, talkHeld: input.draft.talkHeld });
    return { revision: saved };
  }),
  /** The superior confirms the talk's agreements as they read them at `expectedRevision`. */
  confirmTalk: tenantProcedure.input(tenant.extend({ planId: z.uuid(), expectedRevision: revision })).mutation(async ({ ctx, input }) => {
    const { plan: stored, access } = await accessed(ctx, input.planId);
    if (!confirmsTalk(access)) throw codedError('FORBIDDEN', 'followUp.onlySuperiorConfirms', {});
    await confirmTalk(ctx.tx, ctx.tenantId, stored, ctx.user.id, input.expectedRevision);
    await ctx.audit('followUp.confirm', stored.id, { leaderId: stored.leaderId, revision: input.expectedRevision });
    return { confirmed: true };
  }),
  /** A chain's follow-up at a glance (counts, never text): a leader's own chain, or for admins and analysts any chain or the whole organisation. */
  chainStatus: tenantProcedure.input(tenant.extend({ roundId: z.uuid(), leaderId: z.string().min(1).max(200).nullable().default(null), locale })).query(async ({ ctx, input }) => {
    const results = await loadRoundResults(ctx.tx, ctx.tenantId, input.roundId, plugins, ctx.resultsCache);
    return chainFollowUpStatus(ctx.tx, ctx.tenantId, reader(ctx), results, input.leaderId, input.locale);
  }),
  /** The tenant's policy on who reads plans beyond the leader. */
  settings: tenantProcedure.use(requireRole('admin', 'analyst')).input(tenant).query(({ ctx }) => loadFollowUpPolicy(ctx.tx, ctx.tenantId)),
  /** Saves the tenant's policy on who reads plans. */
  saveSettings: tenantProcedure.use(requireRole('admin')).input(tenant.extend({ policy: followUpPolicySchema })).mutation(async ({ ctx, input }) => {
    const saved = await saveFollowUpPolicy(ctx.tx, ctx.tenantId, input.policy);
    await ctx.audit('followUp.settings', null, { ...saved });
    return saved;
  }),
});
