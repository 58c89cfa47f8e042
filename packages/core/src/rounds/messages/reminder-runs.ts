import { sql, type TenantTx } from '@spejl/db';

/*
 * One reminder run, planned or sent by hand, goes the same way: a row in round_reminder_runs
 * claims its seq (so a restart or a second worker never repeats it), then one `reminder` message
 * per person who still has an unfinished form is queued in round_messages for the mail job.
 * People who have finished everything, and people without an e-mail address, get nothing.
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

/** The respondents of a round with an unfinished form in the audience, one row per form (`p`, `a`). */
function unfinishedIn(roundId: string, audience: ReminderAudience) {
  const aboutChain = audience.subjects ? sql`and a.subject_id = any(${[...audience.subjects]}::text[])` : sql``;
  return sql`round_respondents p
    join round_assignments a on a.tenant_id = p.tenant_id and a.round_id = p.round_id and a.person_id = p.person_id and a.finished_at is null ${aboutChain}
    where p.round_id = ${roundId}`;
}

/** How many people a run would remind now, and how many unfinished it cannot reach for want of an address. */
export async function countReminderAudience(tx: TenantTx, roundId: string, audience: ReminderAudience): Promise<{ recipients: number; withoutEmail: number }> {
  const counted = await sql<{ recipients: number; without_email: number }>`
    select count(distinct p.person_id) filter (where p.email is not null)::int as recipients,
           count(distinct p.person_id) filter (where p.email is null)::int as without_email
    from ${unfinishedIn(roundId, audience)}`.execute(tx);
  const row = counted.rows[0];
  return { recipients: Number(row?.recipients ?? 0), withoutEmail: Number(row?.without_email ?? 0) };
}

/**
 * Claims a run and queues its reminders; returns how many were queued, or null when the run
 * (round, seq) was claimed before. The count is stored on the run for the round's history.
 */
export async function queueReminderRun(tx: TenantTx, tenantId: string, roundId: string, run: ReminderRun, audience: ReminderAudience): Promise<number | null> {
  const claimed = await tx
    .insertInto('round_reminder_runs')
    .values({
      tenant_id: tenantId, round_id: roundId, seq: run.seq, recipients: 0, ...(run.at && { ran_at: run.at }),
      by_hand: run.byHand !== undefined, chain_of: run.byHand?.chainOf ?? null, requested_by: run.byHand?.requestedBy ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('seq')
    .execute();
  if (!claimed.length) return null;
  const inserted = await sql<{ n: number }>`
    with q as (
      insert into round_messages (tenant_id, round_id, person_id, kind, seq)
      select distinct p.tenant_id, p.round_id, p.person_id, 'reminder', ${run.seq}::int
      from ${unfinishedIn(roundId, audience)} and p.email is not null
      on conflict do nothing returning 1)
    select count(*)::int as n from q`.execute(tx);
  const n = Number(inserted.rows[0]?.n ?? 0);
  await tx.updateTable('round_reminder_runs').set({ recipients: n }).where('round_id', '=', roundId).where('seq', '=', run.seq).execute();
  return n;
}
