import type { RaterRole } from '../roles.ts';

/**
 * Why a group's comments are not in the report:
 * `not-released` — the round's comments wait in the review queue;
 * `below-threshold` — fewer forms than the comment threshold, and no larger group could take them;
 * `shown-higher` — too few forms here, so they are shown with a larger group above (a chain report);
 * `none` — nobody wrote a comment.
 */
export type CommentsWithheld = 'not-released' | 'below-threshold' | 'shown-higher' | 'none';

/** One open question's comments in a group: the raters' own words, in an order unrelated to when they were written. */
export interface QuestionComments {
  /** The question's file id, `<theme>.<question>` (local ones `lokale.<question>`). */
  readonly questionId: string;
  readonly themeId: string;
  /** The question as the report's language words it (its label). */
  readonly question: string;
  readonly comments: readonly string[];
}

/** One rater group's comments, or why there are none. */
export type RoleComments =
  | { readonly shown: true; readonly questions: readonly QuestionComments[] }
  | { readonly shown: false; readonly reason: CommentsWithheld };

/**
 * Since SDK 1.3: the comments a report may show (DESIGN.md, Anonymity: comments). Every comment is
 * in exactly one set: `direct` holds the subject's own groups (employees' only where at least the
 * comment threshold of forms answered; self and superior as the one person each is; peers by
 * their own group), `chain` (chain and tenant scope) the employees' comments from units below too
 * small to show their own. Nothing here says who wrote a comment or when.
 */
export interface CommentsView {
  /** Forms a group needs before its comments are shown. */
  readonly threshold: number;
  readonly released: boolean;
  readonly direct: { readonly [R in RaterRole]?: RoleComments } | null;
  readonly chain: { readonly employee?: RoleComments } | null;
}
