import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { codedError } from '../../errors/spejl-error.ts';
import { queueReminderRun } from './reminder-runs.ts';

/*
 * Invitations and reminders are rows in round_messages, worked by a background job
 * (mail-worker.ts). Every state lives in the database, so a restart loses nothing:
 *   pending → sending → sent | stored        (stored: no SMTP configured, the outbox is the delivery)
 *   pending → sending → pending (retry later) → … → failed (after MAX_ATTEMPTS, shown in the console)
 *   pending → unneeded                       (a reminder whose addressee finished before it went out)
 * "Never twice": the unique key (round, person, kind, seq) lets each mail exist once, and a
 * message is marked `sending` in its own committed transaction before SMTP is contacted. If the
 * process dies while sending, nobody knows whether the server accepted it, so it is NOT retried
 * but marked failed ("interrupted"), and the admin can resend.
 */

/** Attempts before a message is given up and shown as failed. */
export const MAX_ATTEMPTS = 4;
/** How long a claimed message may stay `sending` before it counts as interrupted. */
export const LEASE_MS = 5 * 60_000;

/** Wait before attempt n+1 (after n failures): 1 min, 5 min, 30 min. */
export function retryDelayMs(attempts: number): number {
  return [60_000, 5 * 60_000, 30 * 60_000][attempts - 1] ?? 60 * 60_000;
}

/** One claimed message with what rendering it needs. */
export interface ClaimedMessage {
  id: string;
  roundId: string;
  personId: string;
  kind: 'invitation' | 'reminder' | 'resend';
  attempts: number;
  name: string;
  email: string | null;
  /** A BCP-47 tag: Danish, English or a language the round added. */
  locale: string;
  linkSalt: string;
}

/** Marks messages whose sending was interrupted (lease expired) as failed, never resending them blindly. */
export async function failInterrupted(tx: TenantTx, now: Date): Promise<number> {
  const rows = await tx
    .updateTable('round_messages')
    .set({ status: 'failed', lease_until: null, last_error: 'interrupted while sending (the server stopped); not retried so that nobody gets it twice: resend the link if needed' })
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .returning('id')
    .execute();
  return rows.length;
}

/** Messages of rounds that closed before they went out are not sent. */
export async function dropForClosedRounds(tx: TenantTx): Promise<void> {
  await tx
    .updateTable('round_messages')
    .set({ status: 'failed', last_error: 'not sent: the round closed first' })
    .where('status', '=', 'pending')
    .where('round_id', 'in', (eb) => eb.selectFrom('rounds').select('id').where('status', '<>', 'open'))
    .execute();
}

/**
 * Sets aside due reminders whose addressee has no unfinished form left in the round: they were
 * queued when the run started, and the person finished before the mail job got to them. Nobody
 * is told "we are still missing your answers" after giving them all.
 */
async function setAsideFinishedReminders(tx: TenantTx, now: Date): Promise<void> {
  const tenant = currentTenant(tx);
  await sql`
    with finished as (
      select m.tenant_id, m.id from round_messages m
      where m.tenant_id = ${tenant} and m.kind = 'reminder' and m.status = 'pending' and m.next_attempt_at <= ${now}
        and not exists (
          select 1 from round_assignments a
          where a.tenant_id = ${tenant} and a.round_id = m.round_id and a.person_id = m.person_id and a.finished_at is null)
      for update of m skip locked
    )
    update round_messages m set status = 'unneeded', lease_until = null
    from finished where m.tenant_id = ${tenant} and finished.tenant_id = ${tenant} and m.id = finished.id`.execute(tx);
}

/**
 * Claims up to `limit` due messages (SKIP LOCKED: several workers never take the same one), after
 * looking again whether each due reminder is still needed (in the same transaction as the claim).
 */
export async function claimDue(tx: TenantTx, now: Date, limit: number): Promise<ClaimedMessage[]> {
  await setAsideFinishedReminders(tx, now);
  const tenant = currentTenant(tx);
  const rows = await sql<{ id: string; round_id: string; person_id: string; kind: ClaimedMessage['kind']; attempts: number; name: string; email: string | null; locale: string; link_salt: string }>`
    with due as (
      select m.tenant_id, m.id from round_messages m
      join rounds r on r.tenant_id = ${tenant} and r.id = m.round_id and r.status = 'open'
      where m.tenant_id = ${tenant} and m.status = 'pending' and m.next_attempt_at <= ${now}
      order by m.next_attempt_at, m.id
      limit ${limit}
      for update of m skip locked
    )
    update round_messages m set status = 'sending', attempts = m.attempts + 1, lease_until = ${new Date(now.getTime() + LEASE_MS)}
    from due, round_respondents p
    where m.tenant_id = ${tenant} and due.tenant_id = ${tenant} and m.id = due.id
      and p.tenant_id = ${tenant} and p.round_id = m.round_id and p.person_id = m.person_id
    returning m.id, m.round_id, m.person_id, m.kind, m.attempts, p.name, p.email, p.locale, p.link_salt`.execute(tx);
  return rows.rows.map((r) => ({ id: r.id, roundId: r.round_id, personId: r.person_id, kind: r.kind, attempts: r.attempts, name: r.name, email: r.email, locale: r.locale, linkSalt: r.link_salt }));
}

/** Records the outcome of one delivery attempt. */
export async function recordOutcome(tx: TenantTx, id: string, attempts: number, outcome: { status: 'sent' | 'stored' | 'failed'; error: string | null }, now: Date): Promise<void> {
  if (outcome.status !== 'failed') {
    await tx.updateTable('round_messages').set({ status: outcome.status, sent_at: now, lease_until: null, last_error: null }).where('id', '=', id).execute();
    return;
  }
  const giveUp = attempts >= MAX_ATTEMPTS;
  await tx
    .updateTable('round_messages')
    .set({ status: giveUp ? 'failed' : 'pending', lease_until: null, last_error: outcome.error, next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)) })
    .where('id', '=', id)
    .execute();
}

/** Queues reminders that are due: one run per planned reminder, to those with a form not yet finished (reminder-runs.ts). */
export async function queueDueReminders(tx: TenantTx, tenantId: string, now: Date): Promise<number> {
  const rounds = await tx.selectFrom('rounds').select(['id', 'reminders']).where('status', '=', 'open').execute();
  let queued = 0;
  for (const round of rounds) {
    for (const [i, reminder] of round.reminders.entries()) {
      if (new Date(reminder.at) > now) continue;
      queued += (await queueReminderRun(tx, tenantId, round.id, { seq: i + 1 }, { subjects: null })) ?? 0;
    }
  }
  return queued;
}

/** Queues the same personal link to one respondent again (the console's "send the link again"). */
export async function queueResend(tx: TenantTx, tenantId: string, roundId: string, personId: string): Promise<void> {
  const person = await tx.selectFrom('round_respondents').select(['email']).where('round_id', '=', roundId).where('person_id', '=', personId).executeTakeFirst();
  if (!person) throw codedError('NOT_FOUND', 'round.personHasNoForms', { personId });
  if (!person.email) throw codedError('BAD_INPUT', 'round.personHasNoEmail', { personId });
  const round = await tx.selectFrom('rounds').select('status').where('id', '=', roundId).executeTakeFirstOrThrow();
  if (round.status !== 'open') throw codedError('CONFLICT', 'round.linksOnlyWhileOpen', { status: round.status });
  const last = await tx.selectFrom('round_messages').select((eb) => eb.fn.max('seq').as('seq')).where('round_id', '=', roundId).where('person_id', '=', personId).where('kind', '=', 'resend').executeTakeFirst();
  await tx.insertInto('round_messages').values({ tenant_id: tenantId, round_id: roundId, person_id: personId, kind: 'resend', seq: Number(last?.seq ?? 0) + 1 }).execute();
}
