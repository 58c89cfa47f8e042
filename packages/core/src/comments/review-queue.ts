import { sql, tenantOf, type PinnedTheme, type TenantTx } from '@spejl/db';
import { loadRoundRollup } from '../rollup/round-rollup.ts';
import { ROLE_COUNT, roleIndex } from '../scoring/rater-roles.ts';
import { NOT_SHOWN } from './comment-placement.ts';
import { questionAsker, roundCommentPlacement } from './comment-sets.ts';
import { commentRef, commentTextHash, questionLabel, questionThemeTitle, roundUnderReview } from './review-round.ts';
import { nameIndex, personalDataSpans, type MarkedSpan, type NameIndex } from './review-marks.ts';

/** One comment in the review queue: no subject, role, form or time — nothing that groups comments by leader or author. */
export interface QueuedComment {
  /** Sent back to mask this comment (review-round.ts, commentRef). */
  ref: string;
  questionId: string;
  questionLabel: { da: string; en: string } | null;
  /** The title of the question's theme, so the console can say which theme asked it. */
  themeTitle: { da: string; en: string } | null;
  text: string;
  /** Sent back with a masking, which is refused if the text has changed since. */
  textHash: string;
  /** Likely personal data, pre-marked for the analyst. */
  spans: MarkedSpan[];
}

/** A closed round's comments waiting for review. */
export interface ReviewQueue {
  roundName: string;
  comments: QueuedComment[];
}

/** The names pre-marked in a round's comments: the tenant's people now, and the people the round was launched on. */
export async function roundNameIndex(tx: TenantTx, roundId: string): Promise<NameIndex> {
  // Three reads rather than a UNION: each prunes to the tenant's shard on Citus by itself.
  const people = await tx.selectFrom('people').select('name').execute();
  const snapshot = await tx.selectFrom('round_people').select('name').where('round_id', '=', roundId).execute();
  const respondents = await tx.selectFrom('round_respondents').select('name').where('round_id', '=', roundId).execute();
  return nameIndex(new Set([...people, ...snapshot, ...respondents].map((r) => r.name)));
}

/** Whether a leader's forms in a role reach a comment set (the placement reports use; it does not change at release). */
async function shownGroups(tx: TenantTx, roundId: string): Promise<(subjectId: string, role: string) => boolean> {
  const { rollup } = await loadRoundRollup(tx, roundId);
  const placed = await roundCommentPlacement(tx, tenantOf(tx), roundId, rollup);
  return (subjectId, role) => {
    const slot = rollup.tree.slotOfPersonId.get(subjectId);
    const r = roleIndex(role);
    return placed !== null && slot !== undefined && r >= 0 && placed.placement[slot * ROLE_COUNT + r] !== NOT_SHOWN;
  };
}

/** A queued comment as the console shows it, pre-marked. */
export function queuedComment(ref: string, questionId: string, themes: readonly PinnedTheme[], text: string, names: NameIndex): QueuedComment {
  return {
    ref, questionId, questionLabel: questionLabel(themes, questionId), themeTitle: questionThemeTitle(themes, questionId),
    text, textHash: commentTextHash(text), spans: personalDataSpans(text, names),
  };
}

/**
 * Every comment of a closed, unreleased round that a report will show, with its likely personal data
 * pre-marked, ordered by question (as the round asks them) and then by reference: an order unrelated
 * to storage and submission, and the same on every call, so the list does not jump after a masking.
 * Comments of groups too small for any comment set are left out: the queue before release minus the
 * reports after it would otherwise be exactly the small groups' comments (comment-placement.ts).
 */
export async function reviewQueue(tx: TenantTx, roundId: string): Promise<ReviewQueue> {
  const round = await roundUnderReview(tx, roundId, 'share');
  const names = await roundNameIndex(tx, roundId);
  const shown = await shownGroups(tx, roundId);
  const forms = await tx.selectFrom('round_forms').select(['id', 'subject_id', 'role', 'comments']).where('round_id', '=', roundId)
    .where(sql<boolean>`comments <> '{}'::jsonb`).execute();
  const asks = questionAsker(round.themes);
  const comments: QueuedComment[] = [];
  for (const form of forms) {
    if (!shown(form.subject_id, form.role)) continue;
    for (const [questionId, text] of Object.entries(form.comments)) {
      if (!asks(questionId, form.role)) continue;
      comments.push(queuedComment(commentRef(roundId, form.id, questionId), questionId, round.themes, text, names));
    }
  }
  const asked = (id: string) => {
    const at = round.questions.indexOf(id);
    return at < 0 ? round.questions.length : at;
  };
  comments.sort((a, b) => asked(a.questionId) - asked(b.questionId) || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { roundName: round.name, comments };
}
