import { currentTenant, sql, type TenantTx } from '@spejl/db';

/*
 * One reminder run, planned or sent by hand, goes the same way: a row in round_reminder_runs
 * claims its seq (so a restart or a second worker never repeats it), then one `reminder` message
 * per person who still has an unfinished form is queued in round_messages for the mail job.
 * People who have finished everything, and people without an e-mail address, get nothing; a run
 * by hand also skips anyone sent a reminder in the last day.
 *
 * What a run says of itself counts forms, never people. Response rates publish unfinished forms
 * per leader and role; a person may hold several forms, so how many people have one unfinished
 * (or how many of them lack an address) would tell which of them answered. Counts of people here
 * are made whatever anyone has answered.
 */

/** Who a run reminds: everyone unfinished, or those with an unfinished form about one of `subjects` (a chain). */
export type ReminderAudience = { subjects: readonly string[] | null };

/** What a run is: its number in the round, and for a run sent by hand the chain it went to and who asked. */
export interface ReminderRun {
  seq: number;
  /** When it ran; the database's clock when not given. */
  at?: Date;
  byHand?: { chainOf: string | null; requestedBy: string };
}

/** How long a reminder, planned or by hand, keeps its recipients from one sent by hand: a day. */
export const REMINDED_LATELY_MS = 24 * 60 * 60_000;

/** The respondents of a round with a form in the audience, one row per form (`p`, `a`), finished or not. */
function formsIn(tx: TenantTx, roundId: string, audience: ReminderAudience) {
  const aboutChain = audience.subjects ? sql`and a.subject_id = any(${[...audience.subjects]}::text[])` : sql``;
  return sql`round_respondents p
    join round_assignments a on a.tenant_id = ${currentTenant(tx)} and a.round_id = p.round_id and a.person_id = p.person_id ${aboutChain}
    where p.tenant_id = ${currentTenant(tx)} and p.round_id = ${roundId}`;
}

/**
 * Whether respondent `p` was sent a reminder (planned or by hand) of a run after `since`. A mail
 * that failed did not reach them, so it does not count; one set aside as unneeded does (its
 * addressee had finished, so they are not reminded anyway, and the count stays what was queued).
 */
function remindedAfter(tx: TenantTx, since: Date) {
  return sql`exists (
    select 1 from round_messages m
    join round_reminder_runs r on r.tenant_id = ${currentTenant(tx)} and r.round_id = m.round_id and r.seq = m.seq
    where m.tenant_id = ${currentTenant(tx)} and m.round_id = p.round_id and m.person_id = p.person_id
      and m.kind = 'reminder' and m.status <> 'failed' and r.ran_at > ${since})`;
}

/** The forms in the audience not yet sent: what the response rates give for it. */
export async function unfinishedForms(tx: TenantTx, roundId: string, audience: ReminderAudience): Promise<number> {
  const counted = await sql<{ n: number }>`select count(*)::int as n from ${formsIn(tx, roundId, audience)} and a.finished_at is null`.execute(tx);
  return Number(counted.rows[0]?.n ?? 0);
}

/**
 * What a reminder by hand to the audience would be, in figures that tell nothing the response
 * rates and the outbox do not: its unfinished forms, and of the people with a form in it —
 * whatever they have answered — those without an address, those with one, and those of them
 * sent a reminder in the last day (named in the outbox), whom it skips.
 */
export interface AudienceCounts {
  unfinishedForms: number;
  withoutEmail: number;
  withEmail: number;
  remindedLately: number;
}

/** Counts the audience as a run by hand at `now` would meet it. */
export async function countReminderAudience(tx: TenantTx, roundId: string, audience: ReminderAudience, now: Date): Promise<AudienceCounts> {
  const since = new Date(now.getTime() - REMINDED_LATELY_MS);
  const counted = await sql<{ unfinished_forms: number; without_email: number; with_email: number; reminded_lately: number }>`
    select count(*) filter (where a.finished_at is null)::int as unfinished_forms,
           count(distinct p.person_id) filter (where p.email is null)::int as without_email,
           count(distinct p.person_id) filter (where p.email is not null)::int as with_email,
           count(distinct p.person_id) filter (where p.email is not null and ${remindedAfter(tx, since)})::int as reminded_lately
    from ${formsIn(tx, roundId, audience)}`.execute(tx);
  const row = counted.rows[0];
  return {
    unfinishedForms: Number(row?.unfinished_forms ?? 0),
    withoutEmail: Number(row?.without_email ?? 0),
    withEmail: Number(row?.with_email ?? 0),
    remindedLately: Number(row?.reminded_lately ?? 0),
  };
}

/**
 * Claims a run and queues its reminders; returns how many mails were queued, or null when the run
 * (round, seq) was claimed before. The run keeps its audience's unfinished forms for the round's
 * history. A run by hand skips whoever was sent a reminder in the day before it.
 */
export async function queueReminderRun(tx: TenantTx, tenantId: string, roundId: string, run: ReminderRun, audience: ReminderAudience): Promise<number | null> {
  const claimed = await tx
    .insertInto('round_reminder_runs')
    .values({
      tenant_id: tenantId, round_id: roundId, seq: run.seq, recipients: 0, ...(run.at && { ran_at: run.at }),
      by_hand: run.byHand !== undefined, chain_of: run.byHand?.chainOf ?? null, requested_by: run.byHand?.requestedBy ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('ran_at')
    .execute();
  if (!claimed.length) return null;
  const ranAt = new Date(claimed[0]!.ran_at);
  const notLately = run.byHand ? sql`and not ${remindedAfter(tx, new Date(ranAt.getTime() - REMINDED_LATELY_MS))}` : sql``;
  const inserted = await sql<{ n: number }>`
    with q as (
      insert into round_messages (tenant_id, round_id, person_id, kind, seq)
      select distinct p.tenant_id, p.round_id, p.person_id, 'reminder', ${run.seq}::int
      from ${formsIn(tx, roundId, audience)} and a.finished_at is null and p.email is not null ${notLately}
      on conflict do nothing returning 1)
    select count(*)::int as n from q`.execute(tx);
  const n = Number(inserted.rows[0]?.n ?? 0);
  const forms = await unfinishedForms(tx, roundId, audience);
  await tx.updateTable('round_reminder_runs').set({ recipients: n, unfinished_forms: forms }).where('round_id', '=', roundId).where('seq', '=', run.seq).execute();
  return n;
}
