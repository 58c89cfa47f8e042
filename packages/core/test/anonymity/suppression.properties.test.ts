import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAnonymity } from '../../src/anonymity/suppression.ts';
import { CELL_STATUS, GROUP_STATUS } from '../../src/anonymity/statuses.ts';
import { computeAggregates } from '../../src/scoring/aggregates.ts';
import { ROLE_COUNT } from '../../src/scoring/rater-roles.ts';
import { findPlusMinusDisclosure, findPlusMinusSet, findSmallNestedDifference, spanDiscloses, type FormSet } from './disclosure-checker.ts';
import { asRollupInput, randomRound, TEST_THEMES, type RandomRound } from './random-round.ts';
import { roundGroups } from './round-groups.ts';

const EMPLOYEE = 0;
const ITEM_COUNT = 5;
const CELLS = ITEM_COUNT + TEST_THEMES.length;

function decide(round: RandomRound) {
  const { tree, layout, batch } = asRollupInput(round);
  const decisions = decideAnonymity(computeAggregates(tree, layout, batch), round.k);
  const groups = roundGroups(round, tree, EMPLOYEE);
  const shown = (g: number) => decisions.groupStatus[g * ROLE_COUNT + EMPLOYEE] === GROUP_STATUS.shown;
  const cellShown = (g: number, cell: number) => decisions.cellStatus[(g * ROLE_COUNT + EMPLOYEE) * CELLS + cell] === CELL_STATUS.shown;
  return { tree, groups, shown, cellShown };
}

/** Forms that count towards a cell: a 1–5 answer to the item, or at least one in the theme. */
function answersCell(round: RandomRound, form: number, cell: number): boolean {
  const answers = round.forms[form]!.answers;
  const valid = (i: number) => answers[i]! >= 1 && answers[i]! <= 5;
  if (cell < ITEM_COUNT) return valid(cell);
  return cell === ITEM_COUNT ? [0, 1, 2].some(valid) : [3, 4].some(valid);
}

const small = randomRound({ maxPersons: 8 });
const props = { numRuns: 300 };

describe('anonymity on random hierarchies and answers', () => {
  it('publishes employee groups only with at least k forms, and means only with at least k answers', () => {
    fc.assert(fc.property(randomRound({ maxPersons: 16 }), (round) => {
      const { groups, shown, cellShown } = decide(round);
      for (const g of groups) {
        if (shown(g.group)) expect(g.forms.length).toBeGreaterThanOrEqual(round.k);
        for (let cell = 0; cell < CELLS; cell++) {
          if (!cellShown(g.group, cell)) continue;
          expect(shown(g.group)).toBe(true);
          expect(g.forms.filter((f) => answersCell(round, f, cell)).length).toBeGreaterThanOrEqual(round.k);
        }
      }
    }), props);
  });

  it('never publishes two nested groups that differ by 1..k−1 forms', () => {
    fc.assert(fc.property(randomRound({ maxPersons: 16 }), (round) => {
      const { groups, shown } = decide(round);
      expect(findSmallNestedDifference(groups.filter((g) => shown(g.group)), round.k)).toBeNull();
    }), props);
  });

  it('lets no ± combination of published groups yield a withheld group or any set of 1..k−1 forms (brute force)', () => {
    fc.assert(fc.property(small, (round) => {
      const { groups, shown } = decide(round);
      const published = groups.filter((g) => shown(g.group));
      fc.pre(published.length <= 10);
      const withheld = groups.filter((g) => !shown(g.group));
      expect(findPlusMinusDisclosure(published, withheld, round.k, round.forms.length)).toBeNull();
    }), props);
  });

  // A cell of a withheld group may equal a shown cell (the extra forms left that item blank):
  // that reveals nothing, so "equals a withheld cell" is checked for cells withheld inside shown groups.
  it('lets no ± combination of shown item or theme means reveal the answers of 1..k−1 forms (brute force)', () => {
    fc.assert(fc.property(small, (round) => {
      const { groups, shown, cellShown } = decide(round);
      for (let cell = 0; cell < CELLS; cell++) {
        const sets = groups.map((g) => ({ name: `${g.name}#${cell}`, forms: g.forms.filter((f) => answersCell(round, f, cell)), group: g.group }));
        const published = sets.filter((s) => cellShown(s.group, cell));
        if (published.length > 10) continue;
        const withheld: FormSet[] = sets.filter((s) => shown(s.group) && !cellShown(s.group, cell));
        expect(findPlusMinusDisclosure(published, withheld, round.k, round.forms.length)).toBeNull();
      }
    }), props);
  });

  // Where forms answered equally many of a theme's items, its mean is a plain sum of item means:
  // it must never hand out the sum of a withheld item's 1..k−1 answers.
  it("lets no ± combination of shown theme means give a set whose theme mean is a sum of item means with 1..k−1 answers to one item (brute force)", () => {
    const themeItems = [[0, 1, 2], [3, 4]];
    fc.assert(fc.property(small, (round) => {
      const { groups, cellShown } = decide(round);
      const valid = (f: number, i: number) => round.forms[f]!.answers[i]! >= 1 && round.forms[f]!.answers[i]! <= 5;
      themeItems.forEach((items, theme) => {
        const cell = ITEM_COUNT + theme;
        const published = groups.filter((g) => cellShown(g.group, cell)).map((g) => ({ name: g.name, forms: g.forms.filter((f) => answersCell(round, f, cell)) }));
        if (published.length > 9) return;
        expect(findPlusMinusSet(published, round.forms.length, (forms) => {
          const counts = new Set(forms.map((f) => items.filter((i) => valid(f, i)).length));
          if (counts.size !== 1) return null;
          const few = items.find((i) => { const n = forms.filter((f) => valid(f, i)).length; return n > 0 && n < round.k; });
          return few === undefined ? null : `holds forms that all answered ${[...counts][0]} items and ${forms.filter((f) => valid(f, few)).length} answers to item ${few}`;
        })).toBeNull();
      });
    }), props);
  });

  it('suppresses as little as possible: as many groups (then as many direct groups) as the best safe choice found by brute force', () => {
    fc.assert(fc.property(small, (round) => {
      const { groups, shown } = decide(round);
      const atoms = [...new Set(groups.flatMap((g) => g.forms.map((f) => round.forms[f]!.subject)))];
      const atomSizes = atoms.map((a) => groups.find((g) => g.name === `direct(p${a})`)!.forms.length);
      const vector = (g: (typeof groups)[number]) => atoms.map((a) => (g.forms.some((f) => round.forms[f]!.subject === a) ? 1 : 0));
      const eligible = groups.filter((g) => g.forms.length >= round.k);
      fc.pre(eligible.length <= 11);
      const score = (chosen: typeof groups) => chosen.length * 100 + chosen.filter((g) => g.isDirect).length;
      let bestScore = 0;
      for (let mask = 1; mask < 1 << eligible.length; mask++) {
        const chosen = eligible.filter((_, i) => (mask >> i) & 1);
        if (score(chosen) > bestScore && !spanDiscloses(chosen.map(vector), atomSizes, round.k)) bestScore = score(chosen);
      }
      const published = groups.filter((g) => shown(g.group));
      expect(spanDiscloses(published.map(vector), atomSizes, round.k)).toBe(false);
      expect(score(published)).toBe(bestScore);
    }), { numRuns: 200 });
  });
});
