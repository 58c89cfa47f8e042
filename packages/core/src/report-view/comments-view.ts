import type { CommentsView, QuestionComments, RaterRole, RoleComments, ThemeContentView } from '@spejl/plugin-sdk';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { placementOf, setKey, type CommentSets } from '../comments/comment-sets.ts';
import { chainGroup, directGroup } from '../scoring/groups.ts';
import { ROLE_COUNT, roleIndex } from '../scoring/rater-roles.ts';

/** The questions of some sets with their comments, in the round's order; questions nobody answered are left out. */
function questionsOf(sets: CommentSets, groups: readonly number[], role: number, themes: readonly ThemeContentView[]): QuestionComments[] {
  const held = groups.flatMap((group) => sets.sets.get(setKey(group, role)) ?? []);
  return sets.questions.flatMap((questionId) => {
    const comments = held.flatMap((set) => set.get(questionId) ?? []);
    if (!comments.length) return [];
    const dot = questionId.indexOf('.');
    const themeId = questionId.slice(0, dot);
    const own = questionId.slice(dot + 1);
    const label = themes.find((t) => t.id === themeId)?.questions?.find((q) => q.id === own)?.label ?? questionId;
    return [{ questionId, themeId, question: label, comments }];
  });
}

function shownOrNone(questions: QuestionComments[]): RoleComments {
  return questions.length ? { shown: true, questions } : { shown: false, reason: 'none' };
}

/** A leader's own comments in one role: shown here, shown in a chain report above, or withheld. */
function directComments(sets: CommentSets, rollup: FilteredRollup, slot: number, role: number, themes: readonly ThemeContentView[]): RoleComments {
  const where = placementOf(sets, rollup, slot, role);
  if (where === 'own') return shownOrNone(questionsOf(sets, [directGroup(rollup.tree, slot)], role, themes));
  if (rollup.forms[directGroup(rollup.tree, slot) * ROLE_COUNT + role] === 0) return { shown: false, reason: 'none' };
  return { shown: false, reason: where === 'higher' ? 'shown-higher' : 'below-threshold' };
}

/**
 * The comments one report may show: the subject's own groups (every role asked) and, in chain
 * and tenant reports, the set of the chain or organisation itself. Before release only why.
 */
export function commentsView(sets: CommentSets | null | undefined, rollup: FilteredRollup, slot: number, roles: readonly RaterRole[], themes: readonly ThemeContentView[], scope: 'leader' | 'chain' | 'tenant'): CommentsView | undefined {
  if (!sets) return undefined;
  const withheld = (): RoleComments => ({ shown: false, reason: 'not-released' });
  const direct = slot < 0 ? null : Object.fromEntries(roles.map((role) => [role, sets.released ? directComments(sets, rollup, slot, roleIndex(role), themes) : withheld()]));
  // A tenant report shows the top leaders' chain sets: together they are the whole organisation's.
  const tops = slot < 0 ? Array.from(rollup.tree.rootLeaders, (root) => chainGroup(rollup.tree, root)) : [chainGroup(rollup.tree, slot)];
  const employee = roleIndex('employee');
  const chain = scope === 'leader' || !roles.includes('employee') ? null
    : { employee: sets.released ? shownOrNone(questionsOf(sets, tops, employee, themes)) : withheld() };
  return { threshold: sets.threshold, released: sets.released, direct, chain };
}
