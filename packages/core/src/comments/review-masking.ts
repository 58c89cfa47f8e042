import { z } from 'zod';
import { sql, type TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/index.ts';
import { codedError } from '../errors/spejl-error.ts';
import { COMMENT_MAX_LENGTH, commentLength } from './comment-limits.ts';
import { MASK } from './cpr-mask.ts';
import { assertMaskable, namePartsOf } from './mask-rules.ts';
import { personalDataSpans } from './review-marks.ts';
import { commentRef, commentTextHash, roundUnderReview } from './review-round.ts';
import { queuedComment, roundNameIndex, type QueuedComment } from './review-queue.ts';

/*
 * Masking (DESIGN.md, Anonymity): the only change anyone makes to a respondent's words is to
 * replace spans of them with [fjernet]. The form is updated in place, so the original is gone
 * from every row SQL reads; the old row version is rewritten away when the comments are released
 * (review-release.ts). Each masking is audited with its round, question, number of spans and their
 * kinds — never the text, masked or kept.
 */

/** What a span to mask was: a pre-mark the analyst accepted, or text they selected themselves. */
export const maskKindSchema = z.enum(['name', 'phone', 'email', 'selection']);

/** One span to mask, [start, end) in UTF-16 code units of the text the analyst saw. */
export const maskSpanSchema = z.strictObject({
  start: z.number().int().min(0).max(10_000),
  end: z.number().int().min(1).max(10_000),
  kind: maskKindSchema,
});

/** A masking as the console sends it. */
export const maskInputSchema = z.strictObject({
  ref: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a comment reference from the review queue'),
  questionId: z.string().min(1).max(200),
  textHash: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'the text hash the review queue gave'),
  spans: z.array(maskSpanSchema).max(200),
});

/** A masking as the console sends it. */
export type MaskInput = z.infer<typeof maskInputSchema>;
type MaskSpan = z.infer<typeof maskSpanSchema>;

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The text with every span replaced by [fjernet]; refuses spans outside the text, splitting a
 * character (half a surrogate pair), overlapping, or none at all (BAD_INPUT, nothing changed).
 */
export function maskSpans(text: string, spans: readonly MaskSpan[]): string {
  if (!spans.length) throw codedError('BAD_INPUT', 'commentReview.noSpans', {});
  const ordered = spans.map((s, i) => ({ ...s, index: i + 1 })).sort((a, b) => a.start - b.start);
  for (const s of ordered) {
    const splits = (at: number) => at > 0 && at < text.length && isLow(text.charCodeAt(at));
    if (s.start >= s.end || s.end > text.length || splits(s.start) || splits(s.end)) {
      throw codedError('BAD_INPUT', 'commentReview.badSpan', { index: s.index, start: s.start, end: s.end, length: text.length });
    }
  }
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] = [ordered[i - 1]!, ordered[i]!];
    if (b.start < a.end) throw codedError('BAD_INPUT', 'commentReview.overlappingSpans', { first: Math.min(a.index, b.index), second: Math.max(a.index, b.index) });
  }
  let out = '';
  let at = 0;
  for (const s of ordered) {
    out += text.slice(at, s.start) + MASK;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Masks spans of one queued comment and returns it as the queue now shows it. CONFLICT when the
 * text is no longer the one the analyst saw (masked meanwhile by someone else) or the round was
 * released meanwhile; NOT_FOUND for a reference this round's queue does not hold.
 */
export async function maskComment(tx: TenantTx, tenantId: string, roundId: string, input: MaskInput, actorUserId: string | null): Promise<QueuedComment> {
  const { ref, questionId, textHash, spans } = maskInputSchema.parse(input);
  const round = await roundUnderReview(tx, roundId, 'share');
  const forms = await tx.selectFrom('round_forms').select(['id', sql<string>`comments ->> ${questionId}`.as('text')])
    .where('round_id', '=', roundId).where(sql<boolean>`comments ? ${questionId}`).execute();
  const found = forms.find((f) => commentRef(roundId, f.id, questionId) === ref);
  if (!found) throw codedError('NOT_FOUND', 'commentReview.commentNotFound', {});
  // Locked, then compared here: the text the analyst saw never travels back to the database as a parameter.
  const form = await tx.selectFrom('round_forms').select(sql<string>`comments ->> ${questionId}`.as('text'))
    .where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('id', '=', found.id).forUpdate().executeTakeFirstOrThrow();
  if (commentTextHash(form.text) !== textHash) throw codedError('CONFLICT', 'commentReview.textChanged', {});
  const names = await roundNameIndex(tx, roundId);
  assertMaskable(form.text, spans, personalDataSpans(form.text, names), namePartsOf(names.names));
  const masked = maskSpans(form.text, spans);
  // [fjernet] is longer than a short word: many short masks could push a long comment past what storage allows.
  const length = commentLength(masked);
  if (length > COMMENT_MAX_LENGTH) throw codedError('BAD_INPUT', 'commentReview.tooLongMasked', { length, limit: COMMENT_MAX_LENGTH });
  // The round's conditions again in the statement: on Citus no trigger guards closed rounds' forms.
  const updated = await tx.updateTable('round_forms')
    .set({ comments: sql`jsonb_set(comments, array[${questionId}::text], to_jsonb(${masked}::text))` })
    .where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('id', '=', found.id)
    .where((eb) => eb.exists(eb.selectFrom('rounds').select('rounds.id').where('rounds.id', '=', roundId)
      .where('rounds.status', '=', 'closed').where('rounds.comment_review', '=', true).where('rounds.comments_released_at', 'is', null)))
    .returning('id').executeTakeFirst();
  if (!updated) throw codedError('CONFLICT', 'commentReview.textChanged', {});
  const kinds: Record<string, number> = {};
  for (const s of spans) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  await recordAudit(tx, { tenantId, actorUserId, action: 'comment.mask', target: round.name, details: { roundId, questionId, spans: spans.length, kinds } });
  return queuedComment(ref, questionId, round.themes, masked, names);
}
