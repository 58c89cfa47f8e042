import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAnonymity } from '../../src/anonymity/suppression.ts';
import { filterRollup } from '../../src/anonymity/filtered-rollup.ts';
import { CELL_STATUS } from '../../src/anonymity/statuses.ts';
import { computeAggregates, THEME_FIELDS } from '../../src/scoring/aggregates.ts';
import { chainGroup, directGroup, tenantGroup } from '../../src/scoring/groups.ts';
import { ROLE_COUNT } from '../../src/scoring/rater-roles.ts';
import { themeStatistics } from '../../src/scoring/statistics.ts';
import { asRollupInput, isAtOrBelow, randomRound, TEST_THEMES, type TestForm } from '../anonymity/random-round.ts';

const THEME_ITEMS = [[0, 1, 2], [3, 4]];

/** Theme statistics the slow, obvious way: per-form means, then mean and sample sd of those. */
function naiveTheme(forms: TestForm[], theme: number) {
  const scores: number[] = [];
  let dontKnow = 0;
  for (const form of forms) {
    const values = THEME_ITEMS[theme]!.map((i) => form.answers[i]!).filter((v) => v >= 1 && v <= 5);
    if (values.length > 0) scores.push(values.reduce((a, b) => a + b, 0) / values.length);
    else if (THEME_ITEMS[theme]!.some((i) => form.answers[i] === 6)) dontKnow++;
  }
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const sd = scores.length > 1 ? Math.sqrt(scores.reduce((s, x) => s + (x - mean!) ** 2, 0) / (scores.length - 1)) : null;
  return { answered: scores.length, dontKnow, mean, sd };
}

describe('the histogram roll-up', () => {
  it('equals a naive recomputation from the forms for every leader, scope, role, item and theme', () => {
    fc.assert(fc.property(randomRound({ maxPersons: 14 }), (round) => {
      const { tree, layout, batch } = asRollupInput(round);
      const agg = computeAggregates(tree, layout, batch);
      const check = (group: number, members: (form: TestForm) => boolean) => {
        for (let role = 0; role < ROLE_COUNT; role++) {
          const forms = round.forms.filter((f) => f.role === role && members(f));
          const at = group * ROLE_COUNT + role;
          expect(agg.forms[at]).toBe(forms.length);
          for (let item = 0; item < layout.itemCount; item++) {
            for (let code = 0; code < 7; code++) {
              expect(agg.itemHist[(at * layout.itemCount + item) * 7 + code]).toBe(forms.filter((f) => f.answers[item] === code).length);
            }
          }
          TEST_THEMES.forEach((_, t) => {
            const got = themeStatistics(agg.themeSums, (at * layout.themeCount + t) * THEME_FIELDS, layout.themeScale[t]!);
            const want = naiveTheme(forms, t);
            expect({ answered: got.answered, dontKnow: got.dontKnow }).toEqual({ answered: want.answered, dontKnow: want.dontKnow });
            if (want.mean === null) expect(got.mean).toBeNull();
            else expect(got.mean).toBeCloseTo(want.mean, 9);
            if (want.sd === null) expect(got.sd).toBeNull();
            else expect(got.sd).toBeCloseTo(want.sd, 9);
          });
        }
      };
      round.manager.forEach((_, person) => {
        if (!round.manager.includes(person)) return;
        const slot = tree.slotOfPersonId.get(`p${person}`)!;
        check(directGroup(tree, slot), (f) => f.subject === person);
        check(chainGroup(tree, slot), (f) => isAtOrBelow(round.manager, f.subject, person));
      });
      check(tenantGroup(tree), () => true);
    }), { numRuns: 150 });
  });
});

describe('the anonymity filter', () => {
  it('keeps every form count and every shown figure, and leaves nothing of a withheld one', () => {
    fc.assert(fc.property(randomRound({ maxPersons: 14 }), (round) => {
      const { tree, layout, batch } = asRollupInput(round);
      const agg = computeAggregates(tree, layout, batch);
      const decisions = decideAnonymity(agg, round.k);
      const filtered = filterRollup(agg, decisions);
      expect(filtered.forms).toEqual(agg.forms);
      const cells = layout.itemCount + layout.themeCount;
      for (let groupRole = 0; groupRole < agg.groupCount * ROLE_COUNT; groupRole++) {
        for (let item = 0; item < layout.itemCount; item++) {
          const at = (groupRole * layout.itemCount + item) * 7;
          const shown = decisions.cellStatus[groupRole * cells + item] === CELL_STATUS.shown;
          const expected = shown ? Array.from(agg.itemHist.subarray(at, at + 7)) : [0, 0, 0, 0, 0, 0, 0];
          expect(Array.from(filtered.itemHist.subarray(at, at + 7))).toEqual(expected);
        }
        for (let t = 0; t < layout.themeCount; t++) {
          const at = (groupRole * layout.themeCount + t) * THEME_FIELDS;
          const shown = decisions.cellStatus[groupRole * cells + layout.itemCount + t] === CELL_STATUS.shown;
          const expected = shown ? Array.from(agg.themeSums.subarray(at, at + THEME_FIELDS)) : [0, 0, 0, 0];
          expect(Array.from(filtered.themeSums.subarray(at, at + THEME_FIELDS))).toEqual(expected);
        }
      }
    }), { numRuns: 100 });
  });
});
