import { describe, expect, it } from 'vitest';
import { unitFaggrupper } from '../../src/report-view/unit-faggrupper.ts';

/*
 * The heatmap's faggruppe filter names a faggruppe on a unit only when at least k people of the
 * unit's chain hold it. A reader who could see "one pædagog" on a unit of six would learn where
 * that person sits; these tests try to make it name fewer.
 */

// A pre-order tree: ord 0 is the director; 1 leads 2..4; 5 leads 6..9.
const leaders = [{ ord: 0, subtreeEnd: 9 }, { ord: 1, subtreeEnd: 4 }, { ord: 5, subtreeEnd: 9 }];

describe('the faggrupper a unit names', () => {
  it('names a faggruppe at k people in the chain and leaves it out at k − 1', () => {
    const people = [
      ...[2, 3, 4].map((ord) => ({ ord, faggruppe: 'Pædagog' })),
      ...[6, 7].map((ord) => ({ ord, faggruppe: 'Pædagog' })),
      ...[8, 9].map((ord) => ({ ord, faggruppe: 'Sygeplejerske' })),
    ];
    expect(unitFaggrupper(leaders, people, 3)).toEqual([['Pædagog'], ['Pædagog'], []]);
    expect(unitFaggrupper(leaders, people, 2)).toEqual([['Pædagog', 'Sygeplejerske'], ['Pædagog'], ['Pædagog', 'Sygeplejerske']]);
  });

  it("never counts the unit's own leader towards its chain", () => {
    const people = [{ ord: 1, faggruppe: 'Administration' }, { ord: 2, faggruppe: 'Administration' }, { ord: 3, faggruppe: 'Administration' }];
    expect(unitFaggrupper(leaders, people, 3)[1]).toEqual([]);
    expect(unitFaggrupper(leaders, people, 3)[0]).toEqual(['Administration']);
  });

  it('agrees with counting each chain by hand over random trees and thresholds', () => {
    const groups = ['Administration', 'Pædagog', 'Social- og sundhedsassistent', 'Sygeplejerske', 'Lærer'];
    for (let run = 0; run < 300; run++) {
      const n = 2 + Math.floor(Math.random() * 60);
      // A random pre-order: each person's manager is an earlier person still "open" on the path.
      const parent: number[] = [-1];
      for (let i = 1; i < n; i++) parent.push(Math.floor(Math.random() * i));
      const children = Array.from({ length: n }, () => [] as number[]);
      parent.forEach((p, i) => p >= 0 && children[p]!.push(i));
      const order: number[] = [];
      const end = new Array<number>(n).fill(0);
      const ordOf = new Array<number>(n).fill(0);
      const visit = (i: number) => { ordOf[i] = order.length; order.push(i); for (const c of children[i]!) visit(c); end[i] = order.length - 1; };
      visit(0);
      const tree = order.map((i) => ({ ord: ordOf[i]!, subtreeEnd: end[i]!, leads: children[i]!.length > 0 }));
      const leaderRows = tree.filter((t) => t.leads);
      const people = tree.filter(() => Math.random() < 0.9).map((t) => ({ ord: t.ord, faggruppe: groups[Math.floor(Math.random() * groups.length)]! }));
      const k = 1 + Math.floor(Math.random() * 6);
      const named = unitFaggrupper(leaderRows, people, k);
      leaderRows.forEach((l, slot) => {
        const inChain = people.filter((p) => p.ord > l.ord && p.ord <= l.subtreeEnd);
        const expected = groups.filter((g) => inChain.filter((p) => p.faggruppe === g).length >= k).sort((a, b) => a.localeCompare(b, 'da'));
        expect(named[slot]).toEqual(expected);
      });
    }
  });
});
