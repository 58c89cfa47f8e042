import type { TenantTx } from '@spejl/db';
import { codedError } from '../../errors/spejl-error.ts';
import { chainMembers, directReports } from '../form-derivation.ts';
import type { HierarchySnapshots } from '../snapshot-source.ts';
import { countReminderAudience, queueReminderRun, type ReminderAudience } from './reminder-runs.ts';

/** Who an admin reminds now: everyone unfinished (`chainOf` null) or the unfinished in one leader's chain. */
export interface ReminderRequest {
  chainOf: string | null;
}

/**
 * What "send a reminder now" would do, in figures the response rates and the outbox already give
 * (reminder-runs.ts): the unfinished forms it is about, and of the people with a form in it,
 * whatever they have answered, how many have no address and how many were reminded in the last
 * day and are skipped. `everyoneRemindedLately`: all with an address were, so it can mail nobody.
 */
export interface ReminderPreview {
  unfinishedForms: number;
  withoutEmail: number;
  remindedLately: number;
  everyoneRemindedLately: boolean;
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

/** What sending a reminder now would do, for the console's confirmation. Writes nothing. */
export async function previewReminderNow(tx: TenantTx, roundId: string, request: ReminderRequest, snapshots: HierarchySnapshots, now = new Date()): Promise<ReminderPreview> {
  await openRound(tx, roundId, false);
  const counts = await countReminderAudience(tx, roundId, await audienceOf(tx, roundId, request, snapshots), now);
  return {
    unfinishedForms: counts.unfinishedForms,
    withoutEmail: counts.withoutEmail,
    remindedLately: counts.remindedLately,
    everyoneRemindedLately: counts.withEmail > 0 && counts.remindedLately === counts.withEmail,
  };
}

/**
 * Sends a reminder now, through the same queue as the planned ones: a run of its own (numbered
 * after the plan's) with one message per unfinished person in the audience who was not sent a
 * reminder in the last day, worked by the mail job. Reminding chain after chain, or a chain and
 * then everyone, so mails nobody twice a day. The round row is locked meanwhile, so two clicks
 * at once are one run and one refusal. Says how many forms were unfinished, never whom it mailed.
 */
export async function remindNow(
  tx: TenantTx,
  tenantId: string,
  roundId: string,
  request: ReminderRequest & { requestedBy: string },
  snapshots: HierarchySnapshots,
  now = new Date(),
): Promise<{ unfinishedForms: number; seq: number }> {
  const round = await openRound(tx, roundId, true);
  const audience = await audienceOf(tx, roundId, request, snapshots);
  const last = await tx.selectFrom('round_reminder_runs').select((eb) => eb.fn.max('seq').as('seq')).where('round_id', '=', roundId).executeTakeFirst();
  // Planned runs are numbered 1…n by the plan, frozen at launch; runs by hand come after them and after each other.
  const seq = Math.max(round.reminders.length, Number(last?.seq ?? 0)) + 1;
  const mailed = await queueReminderRun(tx, tenantId, roundId, { seq, at: now, byHand: { chainOf: request.chainOf, requestedBy: request.requestedBy } }, audience);
  // Nobody to mail: refuse, so the transaction rolls back and the history shows no empty run.
  if (!mailed) throw codedError('CONFLICT', 'round.reminderNobody', {});
  const run = await tx.selectFrom('round_reminder_runs').select('unfinished_forms').where('round_id', '=', roundId).where('seq', '=', seq).executeTakeFirstOrThrow();
  return { unfinishedForms: run.unfinished_forms ?? 0, seq };
}
