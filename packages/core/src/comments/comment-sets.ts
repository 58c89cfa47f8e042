import { sql, type PinnedTheme, type TenantTx } from '@spejl/db';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { directGroup } from '../scoring/groups.ts';
import { ROLE_COUNT, roleIndex } from '../scoring/rater-roles.ts';
import { NOT_SHOWN, placeComments } from './comment-placement.ts';
import { defaultCommentThreshold } from './comment-threshold.ts';

/**
 * A closed round's comments as reports may show them: each form's comments in the one set its
 * group was placed in (comment-placement.ts), per question in code-point order of the text — an
 * order that says nothing about when or by whom. Nothing here pairs a comment with a form.
 */
export interface CommentSets {
  readonly threshold: number;
  readonly released: boolean;
  /** The round's open questions in the order its forms ask them. */
  readonly questions: readonly string[];
  /** [slot][role] → the group whose set holds that leader's comments in that role, or NOT_SHOWN */
  readonly placement: Int32Array;
  /** set key (setKey) → question → comments */
  readonly sets: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/** The key of one set: a group and a role. */
export function setKey(group: number, role: number): string {
  return `${group}:${role}`;
}

interface RoundCommentsRow {
  questions: string[];
  themes: PinnedTheme[];
  comment_threshold: number | null;
  comments_released_at: Date | null;
}

/** A round's comment threshold and where each leader's comments in each role go: what reports and the review queue both follow. */
export async function roundCommentPlacement(tx: TenantTx, tenantId: string, roundId: string, rollup: FilteredRollup): Promise<{ round: RoundCommentsRow; threshold: number; placement: Int32Array } | null> {
  const round = await tx.selectFrom('rounds').select(['questions', 'themes', 'comment_threshold', 'comments_released_at'])
    .where('tenant_id', '=', tenantId).where('id', '=', roundId).executeTakeFirst() as RoundCommentsRow | undefined;
  if (!round) return null;
  const threshold = round.comment_threshold ?? defaultCommentThreshold(rollup.k);
  return { round, threshold, placement: placeComments(rollup, threshold) };
}

/**
 * Whether a round asks a rater role an open question (`<theme>.<question>`): only the themes that
 * ask the role do. A comment to any other came from a hand-made request, not from the survey, and
 * is no rater's words about that question.
 */
export function questionAsker(themes: readonly PinnedTheme[]): (question: string, role: string) => boolean {
  const roles = new Map(themes.map((t) => [t.id, Array.isArray(t.roles) ? new Set<unknown>(t.roles) : null]));
  return (question, role) => {
    const asked = roles.get(question.slice(0, question.indexOf('.')));
    return asked === undefined ? false : asked === null || asked.has(role);
  };
}

/** The round's comment sets, or null when it asked no open questions. Texts are read only once the comments are released. */
export async function loadCommentSets(tx: TenantTx, tenantId: string, roundId: string, rollup: FilteredRollup): Promise<CommentSets | null> {
  const placed = await roundCommentPlacement(tx, tenantId, roundId, rollup);
  if (!placed || placed.round.questions.length === 0) return null;
  const { round, threshold, placement } = placed;
  const released = round.comments_released_at !== null;
  const sets = new Map<string, Map<string, string[]>>();
  if (released) {
    const slotOf = rollup.tree.slotOfPersonId;
    const { rows } = await sql<{ subject_id: string; role: string; comments: Record<string, string> }>`
      select subject_id, role, comments from round_forms
      where tenant_id = ${tenantId} and round_id = ${roundId} and submitted and comments <> '{}'::jsonb`.execute(tx);
    const asks = questionAsker(round.themes);
    for (const row of rows) {
      const slot = slotOf.get(row.subject_id);
      const role = roleIndex(row.role);
      if (slot === undefined || role < 0) continue;
      const group = placement[slot * ROLE_COUNT + role]!;
      if (group === NOT_SHOWN) continue;
      const key = setKey(group, role);
      const set = sets.get(key) ?? sets.set(key, new Map()).get(key)!;
      for (const [question, text] of Object.entries(row.comments)) {
        if (round.questions.includes(question) && asks(question, row.role)) (set.get(question) ?? set.set(question, []).get(question)!).push(text);
      }
    }
    for (const set of sets.values()) for (const texts of set.values()) texts.sort(byCodePoint);
  }
  return { threshold, released, questions: round.questions, placement, sets };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a leader's comments in a role went: their own direct set, a larger set above, or none. */
export function placementOf(sets: CommentSets, rollup: FilteredRollup, slot: number, role: number): 'own' | 'higher' | 'none' {
  const group = sets.placement[slot * ROLE_COUNT + role]!;
  if (group === NOT_SHOWN) return 'none';
  return group === directGroup(rollup.tree, slot) ? 'own' : 'higher';
}
