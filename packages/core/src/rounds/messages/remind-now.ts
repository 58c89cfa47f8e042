import type { TenantTx } from '@spejl/db';
import { codedError } from '../../errors/spejl-error.ts';
import { chainMembers, directReports } from '../form-derivation.ts';
import type { HierarchySnapshots } from '../snapshot-source.ts';
import { countReminderAudience, queueReminderRun, type ReminderAudience } from './reminder-runs.ts';

/**
 * How long a reminder sent by hand blocks another to the same people: long enough to absorb a
 * double click or a second admin pressing the same button, short enough not to be in the way.
 */
export const REMIND_AGAIN_AFTER_MS = 10 * 60_000;

/** Who an admin reminds now: everyone unfinished (`chainOf` null) or the unfinished in one leader's chain. */
export interface ReminderRequest {
  chainOf: string | null;
}

/** What "send a reminder now" would do: how many get the mail, how many cannot, and until when it is refused. */
export interface ReminderPreview {
  recipients: number;
  withoutEmail: number;
  blockedUntil: Date | null;
}

async function openRound(tx: TenantTx, roundId: string, lock: boolean) {
  const query = tx.selectFrom('rounds').select(['status', 'reminders']).where('id', '=', roundId);
  const round = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!round) throw codedError('NOT_FOUND', 'round.notFound', {});
  if (round.status !== 'open') throw codedError('CONFLICT', 'round.remindOnlyWhileOpen', { status: round.status });
  return round;
}

/**
 * A chain's audience is whoever has a form about a leader in it: employees, the leaders themselves
 * and the superior above its top, the same forms its chain response rate counts.
 */
async function audienceOf(tx: TenantTx, roundId: string, request: ReminderRequest, snapshots: HierarchySnapshots): Promise<ReminderAudience> {
  if (request.chainOf === null) return { subjects: null };
  const evaluated = await tx.selectFrom('round_assignments').select('subject_id').where('round_id', '=', roundId).where('subject_id', '=', request.chainOf).limit(1).executeTakeFirst();
  if (!evaluated) throw codedError('NOT_FOUND', 'round.reminderChainUnknown', { leaderId: request.chainOf });
  const reports = directReports(await snapshots.people(tx, roundId));
  return { subjects: [...chainMembers([request.chainOf], reports)].filter((id) => reports.has(id)) };
}

/** Until when a reminder by hand sent lately to everyone, or to the same chain, refuses this one; null when none did. */
async function blockedUntil(tx: TenantTx, roundId: string, request: ReminderRequest, now: Date): Promise<Date | null> {
  const recent = await tx
    .selectFrom('round_reminder_runs')
    .select(['ran_at', 'chain_of'])
    .where('round_id', '=', roundId)
    .where('by_hand', '=', true)
    .where('ran_at', '>', new Date(now.getTime() - REMIND_AGAIN_AFTER_MS))
    .orderBy('ran_at', 'desc')
    .execute();
  const same = recent.find((r) => r.chain_of === null || r.chain_of === request.chainOf);
  return same ? new Date(new Date(same.ran_at).getTime() + REMIND_AGAIN_AFTER_MS) : null;
}

/** What sending a reminder now would do, for the console's confirmation. Writes nothing. */
export async function previewReminderNow(tx: TenantTx, roundId: string, request: ReminderRequest, snapshots: HierarchySnapshots, now = new Date()): Promise<ReminderPreview> {
  await openRound(tx, roundId, false);
  const counts = await countReminderAudience(tx, roundId, await audienceOf(tx, roundId, request, snapshots));
  return { ...counts, blockedUntil: await blockedUntil(tx, roundId, request, now) };
}

/**
 * Sends a reminder now, through the same queue as the planned ones: a run of its own (numbered
 * after the plan's) with one message per unfinished person in the audience, worked by the mail
 * job. The round row is locked meanwhile, so two clicks at once are one run and one refusal.
 */
export async function remindNow(
  tx: TenantTx,
  tenantId: string,
  roundId: string,
  request: ReminderRequest & { requestedBy: string },
  snapshots: HierarchySnapshots,
  now = new Date(),
): Promise<{ recipients: number; seq: number }> {
  const round = await openRound(tx, roundId, true);
  const until = await blockedUntil(tx, roundId, request, now);
  if (until) throw codedError('CONFLICT', 'round.reminderJustSent', { minutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000)) });
  const audience = await audienceOf(tx, roundId, request, snapshots);
  const last = await tx.selectFrom('round_reminder_runs').select((eb) => eb.fn.max('seq').as('seq')).where('round_id', '=', roundId).executeTakeFirst();
  // Planned runs are numbered 1…n by the plan, frozen at launch; runs by hand come after them and after each other.
  const seq = Math.max(round.reminders.length, Number(last?.seq ?? 0)) + 1;
  const recipients = await queueReminderRun(tx, tenantId, roundId, { seq, at: now, byHand: { chainOf: request.chainOf, requestedBy: request.requestedBy } }, audience);
  // Nobody to remind: refuse, so the transaction rolls back and the history shows no empty run.
  if (!recipients) throw codedError('CONFLICT', 'round.reminderNobody', {});
  return { recipients, seq };
}
