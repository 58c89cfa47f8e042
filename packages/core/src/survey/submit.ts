import { sql, type TenantTx } from '@spejl/db';
import { SpejlError } from '../errors/spejl-error.ts';
import { checkAnswerCount, toCodes, type Answer } from './answers.ts';
import { formOwnerKey } from './form-key.ts';
import type { SurveySession } from './session.ts';

/** What a respondent sends for one of their forms: every answer, and whether they are done. */
export interface FormSave {
  slot: number;
  answers: Answer[];
  /** true = "Send" (counts as finished); false = "Gem og fortsæt senere". */
  submit: boolean;
}

/** The receipt a respondent gets: their form is stored, and whether it counts as finished. */
export interface SaveReceipt {
  slot: number;
  submitted: boolean;
}

/** Refuses changes once the round is not open, saying why in words a respondent understands. */
export function requireOpen(session: SurveySession): void {
  if (session.status === 'draft') throw new SpejlError('CONFLICT', 'this survey has not opened yet');
  if (session.status !== 'open' || session.closesAt <= new Date()) throw new SpejlError('CONFLICT', `this survey closed on ${session.closesAt.toISOString().slice(0, 10)}; answers can no longer be changed`);
}

/**
 * Stores one form. Idempotent: the form is addressed by its owner key (see form-key.ts), so
 * retries, double clicks and two tabs update the one row the unique key allows; a form once
 * submitted stays submitted. Finishing is recorded on the person's assignment, which names no form.
 */
export async function saveForm(tx: TenantTx, session: SurveySession, secret: Buffer, save: FormSave): Promise<SaveReceipt> {
  requireOpen(session);
  checkAnswerCount(save.answers, session.itemCount);
  const assignment = await tx
    .selectFrom('round_assignments')
    .select(['subject_id', 'role'])
    .where('round_id', '=', session.roundId)
    .where('person_id', '=', session.personId)
    .where('slot', '=', save.slot)
    .executeTakeFirst();
  if (!assignment) throw new SpejlError('NOT_FOUND', `this link has no form number ${save.slot}`);
  const codes = toCodes(save.answers);
  if (!codes.every((c) => Number.isInteger(c) && c >= 0 && c <= 6)) throw new SpejlError('BAD_INPUT', 'an answer is not 1–5, "dk" or empty', [{ path: 'answers', message: 'use 1–5, "dk" or null' }]);
  const result = await sql<{ submitted: boolean }>`
    with form as (
      insert into round_forms as f (tenant_id, round_id, subject_id, role, answers, submitted, source, owner_key)
      values (${session.tenantId}, ${session.roundId}, ${assignment.subject_id}, ${assignment.role},
              ${sql.raw(`'{${codes.join(',')}}'`)}::smallint[], ${save.submit}, 'link',
              ${formOwnerKey(secret, session.roundId, save.slot)})
      on conflict (tenant_id, round_id, owner_key)
      do update set answers = excluded.answers, submitted = f.submitted or excluded.submitted
      returning f.submitted
    ), progress as (
      update round_assignments set finished_at = coalesce(finished_at, now())
      where ${save.submit} and tenant_id = ${session.tenantId} and round_id = ${session.roundId}
        and person_id = ${session.personId} and slot = ${save.slot}
      returning 1
    )
    select submitted, (select count(*) from progress) as finished from form`.execute(tx);
  const row = result.rows[0];
  if (!row) throw new Error('the form was not stored');
  return { slot: save.slot, submitted: row.submitted };
}
