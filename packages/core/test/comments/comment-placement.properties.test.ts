import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_STATUS } from '../../src/anonymity/statuses.ts';
import { NOT_SHOWN, placeComments } from '../../src/comments/comment-placement.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { ROLE_COUNT } from '../../src/scoring/rater-roles.ts';
import { findPlusMinusSet, type FormSet } from '../anonymity/disclosure-checker.ts';
import { asRollupInput, isAtOrBelow, randomRound, type RandomRound } from '../anonymity/random-round.ts';
import { roundGroups } from '../anonymity/round-groups.ts';

const EMPLOYEE = 0;

/** A random round and a comment threshold of at least its k, as launch locks it. */
const rounds = randomRound({ maxPersons: 14 }).chain((round) => fc.integer({ min: round.k, max: round.k + 3 }).map((threshold) => ({ round, threshold })));

/** The comment sets a placement makes, as the forms they draw from (every employee form of the leaders placed there). */
function commentSets(round: RandomRound, threshold: number) {
  const { tree, layout, batch } = asRollupInput(round);
  const rollup = computeRollup(tree, layout, batch, round.k);
  const placement = placeComments(rollup, threshold);
  const groups = roundGroups(round, tree, EMPLOYEE);
  const sets = new Map<number, number[]>();
  round.forms.forEach((form, i) => {
    if (form.role !== EMPLOYEE) return;
    const group = placement[tree.slotOfPersonId.get(`p${form.subject}`)! * ROLE_COUNT + EMPLOYEE]!;
    if (group !== NOT_SHOWN) (sets.get(group) ?? sets.set(group, []).get(group)!).push(i);
  });
  const named = [...sets].map(([group, forms]) => ({ group, name: groups.find((g) => g.group === group)!.name, forms }));
  return { tree, rollup, placement, groups, sets: named };
}

let cases = 0;
const props = { numRuns: 400 };

describe('comment sets on random hierarchies, answers and thresholds (what a reader of every report can combine)', () => {
  it('draws every set from at least the comment threshold of forms, all inside a published group that holds them', () => {
    fc.assert(fc.property(rounds, ({ round, threshold }) => {
      cases++;
      const { rollup, groups, sets } = commentSets(round, threshold);
      for (const set of sets) {
        expect(set.forms.length, set.name).toBeGreaterThanOrEqual(threshold);
        expect(rollup.groupStatus[set.group * ROLE_COUNT + EMPLOYEE], set.name).toBe(GROUP_STATUS.shown);
        const holds = new Set(groups.find((g) => g.group === set.group)!.forms);
        expect(set.forms.every((f) => holds.has(f)), set.name).toBe(true);
      }
    }), props);
  });

  it('puts a form\'s comments in one set only, the smallest that can take them: a leader\'s own when shown with enough forms', () => {
    fc.assert(fc.property(rounds, ({ round, threshold }) => {
      cases++;
      const { tree, rollup, placement, sets } = commentSets(round, threshold);
      const seen = new Set<number>();
      for (const set of sets) for (const f of set.forms) { expect(seen.has(f)).toBe(false); seen.add(f); }
      for (let slot = 0; slot < tree.leaderCount; slot++) {
        const forms = rollup.forms[slot * ROLE_COUNT + EMPLOYEE]!;
        const ownShown = rollup.groupStatus[slot * ROLE_COUNT + EMPLOYEE] === GROUP_STATUS.shown && forms >= threshold;
        if (ownShown) expect(placement[slot * ROLE_COUNT + EMPLOYEE]).toBe(slot);
        else expect(placement[slot * ROLE_COUNT + EMPLOYEE]).not.toBe(slot);
      }
    }), props);
  });

  it('places comments only upwards: a chain\'s set holds forms of leaders at or below it', () => {
    fc.assert(fc.property(rounds, ({ round, threshold }) => {
      cases++;
      const { tree, sets } = commentSets(round, threshold);
      for (const set of sets) {
        if (set.group >= 2 * tree.leaderCount || set.group < tree.leaderCount) continue;
        const top = Number(tree.personIds[tree.leaderPerson[set.group - tree.leaderCount]!]!.slice(1));
        expect(set.forms.every((f) => isAtOrBelow(round.manager, round.forms[f]!.subject, top)), set.name).toBe(true);
      }
    }), props);
  });

  it('lets no ± combination of the comment sets isolate 1..threshold−1 forms (brute force over every set a reader could open)', () => {
    fc.assert(fc.property(rounds, ({ round, threshold }) => {
      cases++;
      const { sets } = commentSets(round, threshold);
      fc.pre(sets.length <= 10);
      const published: FormSet[] = sets.map((s) => ({ name: s.name, forms: s.forms }));
      expect(findPlusMinusSet(published, round.forms.length, (forms) => (forms.length > 0 && forms.length < threshold ? `isolates ${forms.length} forms` : null))).toBeNull();
    }), props);
  });

  it('shows comments wherever the rules allow: under a top leader whose chain is published, fewer than the threshold of forms are left unplaced', () => {
    fc.assert(fc.property(rounds, ({ round, threshold }) => {
      cases++;
      const { tree, rollup, sets } = commentSets(round, threshold);
      const placed = new Set(sets.flatMap((s) => s.forms));
      for (const root of tree.rootLeaders) {
        const person = Number(tree.personIds[tree.leaderPerson[root]!]!.slice(1));
        if (rollup.groupStatus[(tree.leaderCount + root) * ROLE_COUNT + EMPLOYEE] !== GROUP_STATUS.shown) continue;
        const left = round.forms.filter((f, i) => f.role === EMPLOYEE && !placed.has(i) && isAtOrBelow(round.manager, f.subject, person)).length;
        expect(left).toBeLessThan(threshold);
      }
    }), props);
  });

  it('ran its cases', () => {
    expect(cases).toBe(5 * props.numRuns);
  });
});
