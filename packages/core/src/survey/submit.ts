import { sql, tenantStatement, type Database, type FormComments, type Kysely, type TenantTx } from '@spejl/db';
import { codedError, codedIssue, SpejlError } from '../errors/spejl-error.ts';
import { COMMENT_MAX_LENGTH } from '../comments/comment-limits.ts';
import { formComments } from '../comments/form-comments.ts';
import { toCodes, type Answer } from './answers.ts';
import { formDeviceHash, type DeviceKey } from './device-key.ts';
import { formOwnerKey } from './form-key.ts';
import { tokenHash } from './link-token.ts';

/** What a respondent sends for one of their forms: every answer, and whether they are done. */
export interface FormSave {
  slot: number;
  answers: Answer[];
  /** true = "Send" (counts as finished); false = "Gem og fortsæt senere". */
  submit: boolean;
  /** Open question id → what the rater wrote (empty or absent: not answered); replaces what was saved. */
  comments?: Readonly<Record<string, string | null>>;
}

/** The receipt a respondent gets: their form is stored, and whether it counts as finished. */
export interface SaveReceipt {
  slot: number;
  submitted: boolean;
  /**
   * Their comments as stored (cleaned, CPR numbers masked), so the page can show what was kept
   * without a reload. Only their own words, back to the link and device that just sent them.
   */
  comments: FormComments;
}

/** Why a link is not found; the HTTP layer counts these against the guess limiter. */
export class UnknownLinkError extends SpejlError {
  constructor() {
    super('NOT_FOUND', 'this link is not valid: check that you copied the whole link from the e-mail');
  }
}

/** Why a form was not stored: its round is not open. Carries when it closed, for the respondent's message. */
export class RoundClosedError extends SpejlError {
  constructor(readonly status: string, readonly closedAt: Date) {
    super('CONFLICT', status === 'draft' ? 'this survey has not opened yet' : `this survey closed on ${closedAt.toISOString().slice(0, 10)}; answers can no longer be changed and these were not saved`);
  }
}

/** Why a form was not stored: another browser saved it first, and only that one may change it (device-key.ts). */
export class OtherDeviceError extends SpejlError {
  constructor() {
    super('FORBIDDEN', 'this questionnaire was started on another device; for your anonymity its answers cannot be shown or changed here');
  }
}

interface Outcome {
  status: string;
  closes_at: Date;
  closed_at: Date | null;
  item_count: number;
  subject_id: string | null;
  submitted: boolean | null;
  other_device: boolean;
  bad_comments: boolean;
}

/** The one statement that stores a form and its comments (the database function survey_submit, migrations 0010 and 0026). */
function submitStatement(tenantId: string, secret: Buffer, device: DeviceKey | null, save: FormSave, checked: Checked) {
  const ownerKey = formOwnerKey(secret, save.slot);
  return sql<Outcome>`
    select out_status as status, out_closes_at as closes_at, out_closed_at as closed_at, out_item_count as item_count,
      out_subject_id as subject_id, out_submitted as submitted, out_other_device as other_device, out_bad_comments as bad_comments
    from survey_submit(${tenantId}::uuid, ${tokenHash(secret)}, ${save.slot}::int, ${`{${checked.codes.join(',')}}`}::smallint[], ${save.submit},
      ${ownerKey}, ${device ? formDeviceHash(device, ownerKey) : null}::text, ${JSON.stringify(checked.comments)}::jsonb)`;
}

interface Checked {
  codes: number[];
  comments: FormComments;
}

/** The answers as stored codes and the comments as stored (cleaned, CPR-masked: comments/form-comments.ts), or why not. */
function checked(save: FormSave): Checked {
  const codes = toCodes(save.answers);
  if (!codes.every((c) => Number.isInteger(c) && c >= 0 && c <= 6)) throw new SpejlError('BAD_INPUT', 'an answer is not 1–5, "dk" or empty', [{ path: 'answers', message: 'use 1–5, "dk" or null' }]);
  if (!Number.isInteger(save.slot) || save.slot < 0) throw new SpejlError('BAD_INPUT', 'the form number must be a whole number from 0', [{ path: 'slot', message: 'use 0, 1, 2 …' }]);
  const { comments, tooLong } = formComments(save.comments ?? {});
  const first = tooLong[0];
  if (first) {
    const params = { limit: COMMENT_MAX_LENGTH, length: first.length };
    throw codedError('BAD_INPUT', 'comment.tooLong', params, tooLong.map((t) => codedIssue('comment.tooLong', { ...params, length: t.length }, { path: `comments.${t.question}` })));
  }
  return { codes, comments };
}

/** The receipt for a stored form, or the reason nothing was stored, in words a respondent understands. */
function receiptOf(row: Outcome | undefined, save: FormSave, form: Checked, device: DeviceKey | null): SaveReceipt {
  const { codes } = form;
  if (!row) throw new UnknownLinkError();
  if (row.submitted !== null) return { slot: save.slot, submitted: row.submitted, comments: form.comments };
  if (row.other_device) throw new OtherDeviceError();
  if (row.bad_comments) throw codedError('BAD_INPUT', 'comment.unknownQuestion', {}, [codedIssue('comment.unknownQuestion', {}, { path: 'comments' })]);
  const closesAt = new Date(row.closes_at);
  // Closed by hand: closed_at, earlier than planned. Past its date but not yet closed by the job: closes_at.
  if (row.status !== 'open' || closesAt <= new Date()) throw new RoundClosedError(row.status, row.closed_at ? new Date(row.closed_at) : closesAt);
  if (!device) throw new SpejlError('BAD_INPUT', 'this browser sent no device key with the answers: reload the page and try again', [{ path: 'device', message: 'expected the key the survey app keeps in this browser' }]);
  if (row.subject_id === null) throw new SpejlError('NOT_FOUND', `this link has no form number ${save.slot}`);
  throw new SpejlError('BAD_INPUT', `a form in this round has ${row.item_count} statements, but ${codes.length} answers were sent`, [{ path: 'answers', message: `expected ${row.item_count} answers` }]);
}

/**
 * Stores one form behind a link in one statement: find the respondent by the link's hash, check the
 * round is open and the slot theirs, upsert the form by its owner key (see form-key.ts) if it is new
 * or this device saved it (device-key.ts) and, on submit, mark the slot finished. Idempotent:
 * retries, double clicks and two tabs update the one row the unique key allows, and a form once
 * submitted stays submitted. The progress row names no form; the form row names no person. Inside
 * a tenant transaction the caller already has.
 */
export async function submitForm(tx: TenantTx, tenantId: string, secret: Buffer, device: DeviceKey | null, save: FormSave): Promise<SaveReceipt> {
  const form = checked(save);
  const result = await submitStatement(tenantId, secret, device, save, form).execute(tx);
  return receiptOf(result.rows[0], save, form, device);
}

/**
 * The same, as the HTTP hot path runs it (≥ 3,000 a second): the statement and its tenant
 * transaction in one round trip to PostgreSQL (tenantStatement), withTenant elsewhere.
 */
export async function submitFormOnce(db: Kysely<Database>, tenantId: string, secret: Buffer, device: DeviceKey | null, save: FormSave): Promise<SaveReceipt> {
  const form = checked(save);
  const rows = await tenantStatement(db, tenantId, submitStatement(tenantId, secret, device, save, form).compile(db));
  return receiptOf(rows[0], save, form, device);
}
