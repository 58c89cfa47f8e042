import { sql, type TenantTx } from '@spejl/db';
import { SpejlError } from '../errors/spejl-error.ts';
import { toCodes, type Answer } from './answers.ts';
import { formOwnerKey } from './form-key.ts';
import { tokenHash } from './link-token.ts';

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

/** Why a link is not found; the HTTP layer counts these against the guess limiter. */
export class UnknownLinkError extends SpejlError {
  constructor() {
    super('NOT_FOUND', 'this link is not valid: check that you copied the whole link from the e-mail');
  }
}

function closedMessage(status: string, closesAt: Date): string {
  if (status === 'draft') return 'this survey has not opened yet';
  return `this survey closed on ${closesAt.toISOString().slice(0, 10)}; answers can no longer be changed`;
}

interface Outcome { status: string; closes_at: Date; closed_at: Date | null; item_count: number; subject_id: string | null; submitted: boolean | null }

/**
 * Stores one form behind a link in ONE statement (the hot path: ≥ 3,000 per second): find the
 * respondent by the link's hash, check the round is open and the slot theirs, upsert the form by
 * its owner key (see form-key.ts) and, on submit, mark the slot finished. Idempotent: retries,
 * double clicks and two tabs update the one row the unique key allows, and a form once submitted
 * stays submitted. The progress row names no form; the form row names no person.
 */
export async function submitForm(tx: TenantTx, tenantId: string, secret: Buffer, save: FormSave): Promise<SaveReceipt> {
  const codes = toCodes(save.answers);
  if (!codes.every((c) => Number.isInteger(c) && c >= 0 && c <= 6)) throw new SpejlError('BAD_INPUT', 'an answer is not 1–5, "dk" or empty', [{ path: 'answers', message: 'use 1–5, "dk" or null' }]);
  const result = await sql<Outcome>`
    with s as (
      select r.round_id, r.person_id, d.status, d.closes_at, d.closed_at, jsonb_array_length(d.items) as item_count, a.subject_id, a.role
      from round_respondents r
      join rounds d on d.tenant_id = r.tenant_id and d.id = r.round_id
      left join round_assignments a on a.tenant_id = r.tenant_id and a.round_id = r.round_id and a.person_id = r.person_id and a.slot = ${save.slot}
      where r.token_hash = ${tokenHash(secret)}
    ), ok as (
      select * from s where status = 'open' and closes_at > now() and subject_id is not null and item_count = ${codes.length}
    ), form as (
      insert into round_forms as f (tenant_id, round_id, subject_id, role, answers, submitted, source, owner_key)
      select ${tenantId}::uuid, ok.round_id, ok.subject_id, ok.role, ${`{${codes.join(',')}}`}::smallint[], ${save.submit}, 'link', ${formOwnerKey(secret, save.slot)} from ok
      on conflict (tenant_id, round_id, owner_key)
      do update set answers = excluded.answers, submitted = f.submitted or excluded.submitted
      returning f.submitted
    ), progress as (
      update round_assignments a set finished_at = coalesce(a.finished_at, now()) from ok
      where ${save.submit} and a.tenant_id = ${tenantId}::uuid and a.round_id = ok.round_id and a.person_id = ok.person_id and a.slot = ${save.slot}
      returning 1
    )
    select s.status, s.closes_at, s.closed_at, s.item_count, s.subject_id, (select submitted from form) as submitted from s`.execute(tx);
  const row = result.rows[0];
  if (!row) throw new UnknownLinkError();
  if (row.submitted !== null) return { slot: save.slot, submitted: row.submitted };
  const closesAt = new Date(row.closes_at);
  if (row.status !== 'open' || closesAt <= new Date()) throw new SpejlError('CONFLICT', closedMessage(row.status, row.closed_at ? new Date(row.closed_at) : closesAt));
  if (row.subject_id === null) throw new SpejlError('NOT_FOUND', `this link has no form number ${save.slot}`);
  throw new SpejlError('BAD_INPUT', `a form in this round has ${row.item_count} statements, but ${codes.length} answers were sent`, [{ path: 'answers', message: `expected ${row.item_count} answers` }]);
}
