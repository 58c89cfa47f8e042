import type { TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import type { MeetingModelId } from './meeting-models.ts';
import type { MeetingPlanInput } from './meeting-input.ts';

/** A dialogue meeting as its leader sees it. */
export interface DialogueMeeting {
  readonly id: string;
  readonly roundId: string;
  readonly leaderId: string;
  readonly model: MeetingModelId;
  readonly date: string;
  readonly startTime: string;
  readonly themeIds: readonly string[];
  readonly agreements: string | null;
  readonly heldAt: Date | null;
  readonly sharedAt: Date | null;
}

const COLUMNS = ['id', 'round_id', 'leader_id', 'model', 'meeting_date', 'start_time', 'theme_ids', 'agreements', 'held_at', 'shared_at'] as const;

type Row = { id: string; round_id: string; leader_id: string; model: string; meeting_date: unknown; start_time: string; theme_ids: string[]; agreements: string | null; held_at: Date | null; shared_at: Date | null };

/** PGlite and pg hand a `date` back as a Date at local midnight or as text; the meeting keeps the day as written. */
function dayOf(value: unknown): string {
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return String(value).slice(0, 10);
}

function toMeeting(row: Row): DialogueMeeting {
  return {
    id: row.id, roundId: row.round_id, leaderId: row.leader_id, model: row.model as MeetingModelId, date: dayOf(row.meeting_date), startTime: row.start_time,
    themeIds: row.theme_ids, agreements: row.agreements, heldAt: row.held_at, sharedAt: row.shared_at,
  };
}

/** The leader's meeting for a round, or null when none is planned. */
export async function leaderMeeting(tx: TenantTx, tenantId: string, roundId: string, leaderId: string): Promise<DialogueMeeting | null> {
  const row = await tx.selectFrom('dialogue_meetings').select(COLUMNS)
    .where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('leader_id', '=', leaderId).executeTakeFirst();
  return row ? toMeeting(row as Row) : null;
}

/** The leader's meeting for a round; refused when none is planned yet. */
export async function plannedMeeting(tx: TenantTx, tenantId: string, roundId: string, leaderId: string): Promise<DialogueMeeting> {
  const meeting = await leaderMeeting(tx, tenantId, roundId, leaderId);
  if (!meeting) throw codedError('CONFLICT', 'dialogueMeeting.notPlanned', {});
  return meeting;
}

/** A meeting by id, whoever's it is (callers decide what the reader may see of it), or null. */
export async function meetingById(tx: TenantTx, tenantId: string, meetingId: string): Promise<DialogueMeeting | null> {
  const row = await tx.selectFrom('dialogue_meetings').select(COLUMNS).where('tenant_id', '=', tenantId).where('id', '=', meetingId).executeTakeFirst();
  return row ? toMeeting(row as Row) : null;
}

function refuseShared(meeting: DialogueMeeting): void {
  if (meeting.sharedAt) throw codedError('CONFLICT', 'dialogueMeeting.alreadyShared', { date: meeting.sharedAt.toISOString().slice(0, 10) });
}

/**
 * The row a change wrote, or the refusal when it wrote none: every change is made only while the
 * meeting is unshared (`shared_at is null` in its statement), so a share that lands between the
 * check above and the write leaves what the team was sent as it was sent.
 */
function changed(row: unknown): DialogueMeeting {
  if (!row) throw codedError('CONFLICT', 'dialogueMeeting.alreadyShared', { date: new Date().toISOString().slice(0, 10) });
  return toMeeting(row as Row);
}

/** Plans (or re-plans) the leader's meeting for a round: model, day, time and themes; fixed once its agreements are shared. */
export async function saveMeetingPlan(tx: TenantTx, tenantId: string, roundId: string, leaderId: string, plan: MeetingPlanInput, userId: string | null): Promise<DialogueMeeting> {
  const existing = await leaderMeeting(tx, tenantId, roundId, leaderId);
  if (existing) refuseShared(existing);
  const values = { model: plan.model, meeting_date: plan.date, start_time: plan.startTime, theme_ids: JSON.stringify(plan.themeIds) };
  return changed(await tx.insertInto('dialogue_meetings')
    .values({ tenant_id: tenantId, round_id: roundId, leader_id: leaderId, planned_by: userId, ...values })
    .onConflict((c) => c.columns(['tenant_id', 'round_id', 'leader_id']).doUpdateSet({ ...values, updated_at: new Date() }).where('dialogue_meetings.shared_at', 'is', null))
    .returning(COLUMNS).executeTakeFirst());
}

/** Writes down the team's agreements; fixed once shared with the team. */
export async function saveAgreements(tx: TenantTx, tenantId: string, roundId: string, leaderId: string, agreements: string): Promise<DialogueMeeting> {
  refuseShared(await plannedMeeting(tx, tenantId, roundId, leaderId));
  return changed(await tx.updateTable('dialogue_meetings').set({ agreements, updated_at: new Date() })
    .where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('leader_id', '=', leaderId).where('shared_at', 'is', null)
    .returning(COLUMNS).executeTakeFirst());
}

/** Marks the meeting held (or not held after all, until its agreements are shared). */
export async function saveHeld(tx: TenantTx, tenantId: string, roundId: string, leaderId: string, held: boolean): Promise<DialogueMeeting> {
  const meeting = await plannedMeeting(tx, tenantId, roundId, leaderId);
  if (!held) refuseShared(meeting);
  if (held === (meeting.heldAt !== null)) return meeting;
  return changed(await tx.updateTable('dialogue_meetings').set({ held_at: held ? new Date() : null, updated_at: new Date() })
    .where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('leader_id', '=', leaderId).where('shared_at', 'is', null)
    .returning(COLUMNS).executeTakeFirst());
}
