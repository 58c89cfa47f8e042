import type { TenantTx } from '@spejl/db';
import { DEFAULT_ROUND_TEXTS } from '../rounds/default-texts.ts';
import { launchRound, type LaunchDeps, type LaunchResult } from '../rounds/launch.ts';
import { getRound } from '../rounds/lifecycle.ts';
import { defaultReminderPlan } from '../rounds/reminder-plan.ts';
import { planPulse, type PulsePlan } from './pulse-plan.ts';
import type { PulseRequest } from './pulse-input.ts';
import { startsForOrganisation, type PulseCaller } from './pulse-starter.ts';

/** What starting a pulse did. */
export interface PulseStarted extends LaunchResult {
  readonly plan: PulsePlan;
}

/**
 * Starts a pulse: creates it as a round of its own whose parent is the main round, with only the
 * chosen statements, and launches it at once on the main round's frozen hierarchy (links, mails,
 * reminder, closing and roll-up are those of every round). All in the caller's transaction.
 */
export async function startPulse(tx: TenantTx, tenantId: string, caller: PulseCaller, request: PulseRequest, deps: LaunchDeps, now = new Date()): Promise<PulseStarted> {
  // Two starts for one team at once (a double click) run one after the other; the second sees the first running.
  await getRound(tx, request.parentRoundId, true);
  const plan = await planPulse(tx, tenantId, caller, request, now);
  const zone = await tx.selectFrom('tenants').select('time_zone').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const leaderIds = plan.teams.map((t) => t.leaderId);
  const row = await tx.insertInto('rounds').values({
    tenant_id: tenantId,
    parent_round_id: plan.parent.id,
    name: plan.name,
    themes: JSON.stringify(plan.themes),
    items: JSON.stringify(plan.items),
    questions: JSON.stringify([]),
    scope: JSON.stringify({ kind: 'chains', leaderIds }),
    opens_at: plan.opensAt,
    closes_at: plan.closesAt,
    reminders: JSON.stringify(defaultReminderPlan(plan.opensAt, plan.closesAt, 1, zone.time_zone)),
    texts: JSON.stringify(DEFAULT_ROUND_TEXTS),
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('round_pulses').values({
    tenant_id: tenantId, round_id: row.id, parent_round_id: plan.parent.id, leader_ids: leaderIds,
    started_as: startsForOrganisation(caller) ? 'admin' : 'leader', started_by: caller.userId, plan_id: request.planId,
  }).execute();
  const launched = await launchRound(tx, tenantId, row.id, deps, now);
  return { ...launched, plan };
}
