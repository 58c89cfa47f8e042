import { createHash } from 'node:crypto';
import type { PinnedTheme, TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';

/** What the review queue needs of its round. */
export interface ReviewRound {
  name: string;
  themes: PinnedTheme[];
  /** The open questions in the order forms ask them. */
  questions: string[];
}

/**
 * The round, if its comments may be reviewed now: closed, and not released (a round without
 * review is released as it closes). `lock` takes the row for share (masking) or update (release),
 * so a masking and a release of the same round never cross.
 */
export async function roundUnderReview(tx: TenantTx, roundId: string, lock: 'share' | 'update'): Promise<ReviewRound> {
  const query = tx.selectFrom('rounds').select(['name', 'status', 'themes', 'questions', 'comments_released_at']).where('id', '=', roundId);
  const row = await (lock === 'share' ? query.forShare() : query.forUpdate()).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'round.notFound', {});
  if (row.status !== 'closed') throw codedError('CONFLICT', 'commentReview.roundNotClosed', { status: row.status });
  if (row.comments_released_at) throw codedError('CONFLICT', 'commentReview.alreadyReleased', {});
  return { name: row.name, themes: row.themes, questions: row.questions };
}

/**
 * The reference the console sends back to mask one comment: a hash of the form's id and the
 * question. Not the form id itself: one form's comments to different questions would then share
 * it, and the queue would link a respondent's answers across questions, which no report does. The
 * form id is a random uuid given at close (rounds/form-unpairing.ts) that never leaves the server,
 * so its hash can neither be reversed nor matched with another question's; no server secret is
 * needed. It is stable between calls (masking does not change the form id), so the console keeps
 * its place, and it says nothing of the order forms were written in.
 */
export function commentRef(roundId: string, formId: string, questionId: string): string {
  return createHash('sha256').update(`spejl.comment-ref\0${roundId}\0${formId}\0${questionId}`).digest('base64url');
}

/** The hash of a comment's text the console saw: masking refuses if the text has changed since. */
export function commentTextHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/** A question's label from the round's pinned themes (`<theme>.<question>`), or null when it has none. */
export function questionLabel(themes: readonly PinnedTheme[], questionId: string): { da: string; en: string } | null {
  const dot = questionId.indexOf('.');
  const theme = themes.find((t) => t.id === questionId.slice(0, dot));
  const questions = (theme?.['questions'] ?? []) as { id: string; label?: { da?: string; en?: string } }[];
  const label = questions.find((q) => q.id === questionId.slice(dot + 1))?.label;
  if (!label?.da) return null;
  return { da: label.da, en: label.en ?? label.da };
}

/** The title of the theme a question belongs to (`<theme>.<question>`), or null when the round has no such theme: "Særligt godt" alone does not say which theme asked. */
export function questionThemeTitle(themes: readonly PinnedTheme[], questionId: string): { da: string; en: string } | null {
  const theme = themes.find((t) => t.id === questionId.slice(0, questionId.indexOf('.')));
  const title = theme?.['title'] as { da?: string; en?: string } | undefined;
  if (!title?.da) return null;
  return { da: title.da, en: title.en ?? title.da };
}
