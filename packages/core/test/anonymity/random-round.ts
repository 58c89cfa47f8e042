import fc from 'fast-check';
import { FormBatchBuilder, type FormBatch } from '../../src/scoring/form-batch.ts';
import { buildLeaderTree, type LeaderTree } from '../../src/scoring/leader-tree.ts';
import { layoutRound, type RoundLayout } from '../../src/scoring/round-layout.ts';

/** One form as a test writes it: about person `subject`, in role 0 employee / 1 self / 2 superior. */
export interface TestForm {
  subject: number;
  role: number;
  answers: number[];
}

/** A small random round: a hierarchy (manager index per person, -1 at a top), forms and a threshold. */
export interface RandomRound {
  manager: number[];
  forms: TestForm[];
  k: number;
}

/** Two themes of 3 and 2 items: enough to test theme scores over partial answers. */
export const TEST_THEMES = [
  { id: 'alfa', items: ['a1', 'a2', 'a3'] },
  { id: 'beta', items: ['b1', 'b2'] },
];
const ITEMS = 5;

// Mostly 1–5, sometimes blank (0) or don't know (6), so item and theme counts differ.
const answerCode = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 8 }, { arbitrary: fc.constantFrom(0, 6), weight: 2 });

// Unbiased: fast-check's default bias towards small values would make almost everyone a top.
const topRoll = fc.noBias(fc.integer({ min: 0, max: 19 }));
const pick = fc.noBias(fc.nat());
// Team sizes around typical thresholds (3–5), with empty teams now and then.
const teamSize = fc.noBias(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 8 }), weight: 4 }));

/**
 * Random hierarchies (person i reports to an earlier person, sometimes to nobody) with a
 * random number of employee forms about each leader, sizes straddling k so that primary
 * and secondary suppression both happen, plus a self and a superior form now and then.
 */
export function randomRound(options: { maxPersons: number }): fc.Arbitrary<RandomRound> {
  return fc.integer({ min: 2, max: options.maxPersons }).chain((n) =>
    fc
      .record({
        picks: fc.array(fc.tuple(topRoll, pick), { minLength: n - 1, maxLength: n - 1 }),
        teams: fc.array(teamSize, { minLength: n, maxLength: n }),
        known: fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: n, maxLength: n }),
        answers: fc.array(fc.array(answerCode, { minLength: ITEMS, maxLength: ITEMS }), { minLength: 10 * n, maxLength: 10 * n }),
        k: fc.integer({ min: 3, max: 5 }),
      })
      .map(({ picks, teams, known, answers, k }) => {
        const manager = [-1, ...picks.map(([top, choice], i) => (top === 0 ? -1 : choice % (i + 1)))];
        const forms: TestForm[] = [];
        const next = () => answers[forms.length % answers.length]!;
        manager.forEach((_, person) => {
          if (!manager.includes(person)) return;
          for (let f = 0; f < teams[person]!; f++) forms.push({ subject: person, role: 0, answers: next() });
          if (known[person]![0]) forms.push({ subject: person, role: 1, answers: next() });
          if (known[person]![1] && manager[person]! >= 0) forms.push({ subject: person, role: 2, answers: next() });
        });
        return { manager, forms, k };
      }),
  );
}

/** The round as roll-up input. */
export function asRollupInput(round: RandomRound): { tree: LeaderTree; layout: RoundLayout; batch: FormBatch } {
  const tree = buildLeaderTree({ personIds: round.manager.map((_, i) => `p${i}`), manager: Int32Array.from(round.manager) });
  const layout = layoutRound(TEST_THEMES);
  const builder = new FormBatchBuilder(layout.itemCount);
  for (const form of round.forms) builder.add(form.subject, form.role, form.answers);
  return { tree, layout, batch: builder.build() };
}

/** True when `ancestor` is `person` or above them, walking manager links (independent of the leader tree). */
export function isAtOrBelow(manager: readonly number[], person: number, ancestor: number): boolean {
  for (let p = person; p >= 0; p = manager[p]!) if (p === ancestor) return true;
  return false;
}
