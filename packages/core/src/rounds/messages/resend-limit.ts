import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { codedError } from '../../errors/spejl-error.ts';
import { queueResend } from './message-queue.ts';

/** How long a resent link keeps its respondent from another: room for "it never came", none for a flood. */
export const RESEND_AGAIN_AFTER_MS = 10 * 60_000;

/**
 * Sends a respondent their personal link again (queueResend), at most once in ten minutes a
 * person: without a limit every click queued one more identical mail to them. The respondent's
 * row is locked meanwhile, so two clicks at once are one mail and one refusal. Times are the
 * database's, as the messages' own.
 */
export async function resendLink(tx: TenantTx, tenantId: string, roundId: string, personId: string): Promise<void> {
  await tx.selectFrom('round_respondents').select('person_id').where('round_id', '=', roundId).where('person_id', '=', personId).forUpdate().execute();
  // Refusals about the person and the round come first, from queueResend itself.
  await queueResend(tx, tenantId, roundId, personId);
  // Any resend before the one just queued (the highest seq), within the window. A transaction that
  // waited for the lock may have begun before the one it waited for, so "before" is by seq, not time.
  const window = sql`${RESEND_AGAIN_AFTER_MS / 1000} * interval '1 second'`;
  const earlier = await sql<{ minutes: number | null }>`
    select ceil(extract(epoch from max(created_at) + ${window} - now()) / 60)::int as minutes
    from round_messages
    where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and person_id = ${personId} and kind = 'resend' and created_at > now() - ${window}
      and seq < (select max(seq) from round_messages
        where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and person_id = ${personId} and kind = 'resend')`.execute(tx);
  const minutes = earlier.rows[0]?.minutes;
  // The mail just queued rolls back with the refusal.
  if (minutes !== null && minutes !== undefined) {
    throw codedError('TOO_MANY', 'round.resendTooSoon', { personId, minutes: Math.min(RESEND_AGAIN_AFTER_MS / 60_000, Math.max(1, Number(minutes))) });
  }
}
