import { beforeAll, describe, expect, it } from 'vitest';
import { groupFigures, itemCell, themeCell, type FilteredRollup } from '../../src/anonymity/filtered-rollup.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { chainGroup, directGroup, tenantGroup } from '../../src/scoring/groups.ts';
import { ROLE_COUNT } from '../../src/scoring/rater-roles.ts';
import { readGap } from '../../src/scoring/statistics.ts';
import { loadSampleRound, type SampleRound } from './sample-round.ts';

const EMPLOYEE = 0;
const SELF = 1;
const SUPERIOR = 2;
const [KULTUR, BALANCE, KVALITET, VAERDI] = [0, 1, 2, 3];

let sample: SampleRound;
let rollup: FilteredRollup;
const direct = (id: string) => directGroup(sample.tree, sample.tree.slotOfPersonId.get(id)!);
const chain = (id: string) => chainGroup(sample.tree, sample.tree.slotOfPersonId.get(id)!);

beforeAll(async () => {
  sample = await loadSampleRound();
  rollup = computeRollup(sample.tree, sample.layout, sample.forms, 5);
});

describe('the Egeskov example with threshold 5', () => {
  it('finds the six leaders and counts their forms', () => {
    expect(sample.tree.leaderCount).toBe(6);
    expect(groupFigures(rollup, direct('1004'), EMPLOYEE)).toEqual({ forms: 5, status: 'shown' });
    expect(groupFigures(rollup, chain('1002'), EMPLOYEE).forms).toBe(9);
    expect(groupFigures(rollup, chain('1001'), EMPLOYEE)).toEqual({ forms: 15, status: 'shown' });
  });

  it("shows 1004's team and withholds 1002's chain, which would reveal the other 4 forms by subtraction", () => {
    expect(groupFigures(rollup, direct('1004'), EMPLOYEE).status).toBe('shown');
    expect(groupFigures(rollup, chain('1002'), EMPLOYEE)).toEqual({ forms: 9, status: 'derivable' });
    expect(themeCell(rollup, chain('1002'), EMPLOYEE, 0)).toEqual({ shown: false, reason: 'derivable' });
  });

  it('withholds teams below five forms', () => {
    for (const id of ['1001', '1002', '1003', '1005', '1013']) expect(groupFigures(rollup, direct(id), EMPLOYEE).status).toBe('tooFewForms');
    expect(groupFigures(rollup, chain('1003'), EMPLOYEE)).toEqual({ forms: 4, status: 'tooFewForms' });
  });

  it("scores 1004's kultur: 4,5,3,4,5 → mean 4.2, sd √0.7", () => {
    const cell = itemCell(rollup, direct('1004'), EMPLOYEE, KULTUR);
    expect(cell).toEqual({ shown: true, value: { answered: 5, dontKnow: 0, counts: [0, 0, 1, 2, 2], mean: 4.2, sd: expect.closeTo(Math.sqrt(0.7), 12) } });
  });

  it('hides the item means of 1004 where a blank or ved ikke leaves four answers', () => {
    for (const item of [BALANCE, KVALITET, VAERDI]) expect(itemCell(rollup, direct('1004'), EMPLOYEE, item)).toEqual({ shown: false, reason: 'tooFewAnswers' });
  });

  it("scores 1004's theme as the mean of each form's mean over its valid items", () => {
    // forms: (4+4+3+4)/4, (5+4+4)/3 [dk], (3+3+3)/3 [blank], (4+3+4)/3 [ved ikke], (5+5+4+5)/4
    const scores = [15 / 4, 13 / 3, 3, 11 / 3, 19 / 4];
    const mean = 3.9;
    const sd = Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / 4);
    const cell = themeCell(rollup, direct('1004'), EMPLOYEE, 0);
    expect(cell).toEqual({ shown: true, value: { answered: 5, dontKnow: 0, mean: expect.closeTo(3.9, 12), sd: expect.closeTo(sd, 12) } });
  });

  it('adds every small team into the organisation total (15 employee forms)', () => {
    const kultur = itemCell(rollup, chain('1001'), EMPLOYEE, KULTUR);
    expect(kultur).toEqual({ shown: true, value: { answered: 15, dontKnow: 0, counts: [0, 1, 3, 8, 3], mean: expect.closeTo(58 / 15, 12), sd: expect.anything() } });
    const vaerdi = itemCell(rollup, tenantGroup(sample.tree), EMPLOYEE, VAERDI);
    expect(vaerdi.shown && vaerdi.value).toMatchObject({ answered: 13, dontKnow: 2, counts: [0, 1, 3, 8, 1] });
    const theme = themeCell(rollup, chain('1001'), EMPLOYEE, 0);
    expect(theme.shown && theme.value.mean).toBeCloseTo(221 / 60, 12);
  });

  it('shows self and superior forms as such, even where employees are withheld', () => {
    const self = themeCell(rollup, direct('1005'), SELF, 0);
    expect(self).toEqual({ shown: true, value: { answered: 1, dontKnow: 0, mean: 4.25, sd: null } });
    const superior = itemCell(rollup, direct('1005'), SUPERIOR, KULTUR);
    expect(superior.shown && superior.value).toMatchObject({ answered: 1, mean: 3, sd: null });
  });

  it("reads 1004's self–other gap on the theme as aligned (4.25 − 3.9)", () => {
    const self = themeCell(rollup, direct('1004'), SELF, 0);
    const others = themeCell(rollup, direct('1004'), EMPLOYEE, 0);
    if (!self.shown || !others.shown) throw new Error('both should be shown');
    const { gap, reading } = readGap(self.value.mean!, others.value.mean!);
    expect(gap).toBeCloseTo(0.35, 12);
    expect(reading).toBe('aligned');
  });

  it('erases withheld figures from the filtered arrays, not just flags them', () => {
    const c = chain('1002');
    const { itemCount } = sample.layout;
    const hist = rollup.itemHist.subarray(c * ROLE_COUNT * itemCount * 7, (c * ROLE_COUNT + 1) * itemCount * 7);
    expect(Array.from(hist).every((n) => n === 0)).toBe(true);
  });
});

describe('the blind-spot reading', () => {
  it('marks gaps beyond a third of the scale', () => {
    expect(readGap(4.5, 3).reading).toBe('blind-spot');
    expect(readGap(3, 4.5).reading).toBe('hidden-strength');
    expect(readGap(4, 4 - 4 / 3).reading).toBe('aligned');
  });
});
