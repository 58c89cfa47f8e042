import { sql, type TenantTx } from '@spejl/db';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import type { RoundResults } from '../reports/round-reports.ts';
import { planAccess, type FollowUpPolicy, type PlanAccess, type PlanReader } from './plan-access.ts';
import type { FocusPoint, PlanDraft } from './plan-input.ts';
import { roundLeader } from './round-leaders.ts';

/** Days from a round's close to the talk with the superior, unless the leader picks another date. */
export const TALK_AFTER_DAYS = 14;

/** A plan as stored, with its focus points in order. */
export interface StoredPlan {
  readonly id: string;
  readonly roundId: string;
  readonly leaderId: string;
  readonly superiorId: string | null;
  readonly readingNotes: readonly string[];
  readonly talkAt: Date;
  readonly agreements: string;
  readonly talkHeldAt: Date | null;
  readonly talkConfirmedAt: Date | null;
  readonly revision: number;
  readonly updatedAt: Date;
  readonly focusPoints: readonly FocusPoint[];
}

const notFound = () => codedError('NOT_FOUND', 'followUp.notFound', {});

/**
 * Opens the reader's own plan for a closed round, creating it on first opening: only a leader the
 * round evaluated, only their own. The superior is their manager in the round's frozen hierarchy.
 */
export async function openOwnPlan(tx: TenantTx, tenantId: string, reader: PlanReader, results: RoundResults): Promise<string> {
  const leader = reader.personId === null ? null : roundLeader(results, reader.personId);
  if (!leader || !results.subjects.has(leader.personId)) throw codedError('FORBIDDEN', 'followUp.notOwnReport', {});
  const closedAt = results.source.round.closedAt ? new Date(results.source.round.closedAt) : new Date();
  const talkAt = new Date(closedAt.getTime() + TALK_AFTER_DAYS * 86_400_000);
  await tx
    .insertInto('follow_up_plans')
    .values({ tenant_id: tenantId, round_id: results.roundId, leader_id: leader.personId, superior_id: leader.superiorId, talk_at: talkAt })
    .onConflict((c) => c.columns(['tenant_id', 'round_id', 'leader_id']).doNothing())
    .execute();
  const row = await tx.selectFrom('follow_up_plans').select('id').where('tenant_id', '=', tenantId).where('round_id', '=', results.roundId).where('leader_id', '=', leader.personId).executeTakeFirstOrThrow();
  return row.id;
}

/** The plan `planId` as stored, or null when the tenant has none by that id. */
export async function loadPlan(tx: TenantTx, tenantId: string, planId: string): Promise<StoredPlan | null> {
  const row = await tx.selectFrom('follow_up_plans').selectAll().where('tenant_id', '=', tenantId).where('id', '=', planId).executeTakeFirst();
  if (!row) return null;
  const points = await tx.selectFrom('follow_up_focus_points').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).orderBy('position').execute();
  return {
    id: row.id, roundId: row.round_id, leaderId: row.leader_id, superiorId: row.superior_id, readingNotes: row.reading_notes,
    talkAt: new Date(row.talk_at), agreements: row.agreements, talkHeldAt: row.talk_held_at && new Date(row.talk_held_at),
    talkConfirmedAt: row.talk_confirmed_at && new Date(row.talk_confirmed_at), revision: row.revision, updatedAt: new Date(row.updated_at),
    focusPoints: points.map((p) => ({ themeId: p.theme_id, itemId: p.item_id, actions: p.actions, dueOn: p.due_on, status: p.status })),
  };
}

/** The plan and what the reader may do with it; a plan they may not see is "not found", like one that does not exist. */
export async function planFor(tx: TenantTx, tenantId: string, reader: PlanReader, planId: string, policy: FollowUpPolicy): Promise<{ plan: StoredPlan; access: Exclude<PlanAccess, 'none'> }> {
  const plan = await loadPlan(tx, tenantId, planId);
  if (!plan) throw notFound();
  const access = planAccess(reader, plan, policy);
  if (access === 'none') throw notFound();
  return { plan, access };
}

/** Refuses a focus point on a theme the round did not ask, or an item its theme does not have. */
function checkFocusPoints(results: RoundResults, points: readonly FocusPoint[]): void {
  points.forEach((p, i) => {
    const theme = results.source.themes.find((t) => t.id === p.themeId);
    const position = i + 1;
    if (!theme) {
      const params = { position, themeId: p.themeId };
      throw codedError('BAD_INPUT', 'followUp.themeNotAsked', params, [codedIssue('followUp.themeNotAsked', params, { path: `focusPoints.${i}.themeId` })]);
    }
    if (p.itemId !== null && !theme.items.some((item) => item.id === p.itemId)) {
      const params = { position, themeId: p.themeId, itemId: p.itemId };
      throw codedError('BAD_INPUT', 'followUp.itemNotInTheme', params, [codedIssue('followUp.itemNotInTheme', params, { path: `focusPoints.${i}.itemId` })]);
    }
  });
}

/**
 * Saves the leader's whole plan if nobody changed it since `expectedRevision`; returns the new
 * revision. Changing the agreements or un-holding the talk withdraws the superior's confirmation:
 * they confirmed what they read.
 */
export async function savePlan(tx: TenantTx, tenantId: string, plan: StoredPlan, results: RoundResults, expectedRevision: number, draft: PlanDraft, now = new Date()): Promise<number> {
  checkFocusPoints(results, draft.focusPoints);
  const updated = await tx
    .updateTable('follow_up_plans')
    .set((eb) => ({
      reading_notes: JSON.stringify(draft.readingNotes),
      talk_at: new Date(draft.talkAt),
      agreements: draft.agreements,
      talk_held_at: draft.talkHeld ? (plan.talkHeldAt ?? now) : null,
      // Decided on the row as it is when the update runs, so a confirmation given meanwhile is kept if it still holds.
      talk_confirmed_at: draft.talkHeld ? sql<Date | null>`case when agreements = ${draft.agreements} then talk_confirmed_at end` : null,
      talk_confirmed_by: draft.talkHeld ? sql<string | null>`case when agreements = ${draft.agreements} then talk_confirmed_by end` : null,
      // A new date for the talk earns a new reminder.
      ...(new Date(draft.talkAt).getTime() !== plan.talkAt.getTime() ? { reminder_sent_at: null } : {}),
      revision: eb('revision', '+', 1),
      updated_at: now,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', plan.id)
    .where('revision', '=', expectedRevision)
    .returning('revision')
    .executeTakeFirst();
  if (!updated) {
    const current = await tx.selectFrom('follow_up_plans').select('revision').where('tenant_id', '=', tenantId).where('id', '=', plan.id).executeTakeFirstOrThrow();
    throw codedError('CONFLICT', 'followUp.changedMeanwhile', { revision: current.revision });
  }
  await tx.deleteFrom('follow_up_focus_points').where('tenant_id', '=', tenantId).where('plan_id', '=', plan.id).execute();
  if (draft.focusPoints.length) {
    await tx
      .insertInto('follow_up_focus_points')
      .values(draft.focusPoints.map((p, i) => ({ tenant_id: tenantId, plan_id: plan.id, position: i + 1, theme_id: p.themeId, item_id: p.itemId, actions: p.actions, due_on: p.dueOn, status: p.status })))
      .execute();
  }
  return updated.revision;
}

/** The superior confirms the talk's agreements as they read them at `expectedRevision`. */
export async function confirmTalk(tx: TenantTx, tenantId: string, plan: StoredPlan, userId: string, expectedRevision: number, now = new Date()): Promise<void> {
  if (plan.revision !== expectedRevision) throw codedError('CONFLICT', 'followUp.changedMeanwhile', { revision: plan.revision });
  if (!plan.talkHeldAt) throw codedError('CONFLICT', 'followUp.talkNotHeld', {});
  const confirmed = await tx
    .updateTable('follow_up_plans')
    .set({ talk_confirmed_at: now, talk_confirmed_by: userId })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', plan.id)
    .where('revision', '=', expectedRevision)
    .where('talk_held_at', 'is not', null)
    .returning('id')
    .executeTakeFirst();
  // The leader saved between the read above and this statement: the superior confirms what they read, or nothing.
  if (!confirmed) throw codedError('CONFLICT', 'followUp.changedMeanwhile', { revision: plan.revision + 1 });
}
