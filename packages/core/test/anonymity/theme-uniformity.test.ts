import { describe, expect, it } from 'vitest';
import { itemCell, themeCell } from '../../src/anonymity/filtered-rollup.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { FormBatchBuilder } from '../../src/scoring/form-batch.ts';
import { directGroup } from '../../src/scoring/groups.ts';
import { buildLeaderTree } from '../../src/scoring/leader-tree.ts';
import { layoutRound } from '../../src/scoring/round-layout.ts';

// One leader (P0) and six employees answering one four-item theme; 0 = left blank. Threshold 5.
function teamOf(forms: number[][]) {
  const tree = buildLeaderTree({ personIds: ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'], manager: Int32Array.from([-1, 0, 0, 0, 0, 0, 0]) });
  const layout = layoutRound([{ id: 'tema', items: ['a', 'b', 'c', 'd'] }]);
  const batch = new FormBatchBuilder(4);
  for (const answers of forms) batch.add(0, 0, answers);
  const rollup = computeRollup(tree, layout, batch.build(), 5);
  return { theme: themeCell(rollup, directGroup(tree, 0), 0, 0), item: (i: number) => itemCell(rollup, directGroup(tree, 0), 0, i) };
}

describe('a theme mean beside withheld item means (hand-made teams)', () => {
  it('withholds it when every form answered three items: 3 × theme sum = a + b + c + d would give d\'s two answers', () => {
    const team = teamOf([[4, 4, 3, 0], [5, 4, 4, 0], [3, 3, 3, 0], [4, 3, 4, 0], [2, 4, 0, 5], [4, 5, 0, 1]]);
    expect(team.item(0)).toMatchObject({ shown: true });
    expect(team.item(3)).toEqual({ shown: false, reason: 'tooFewAnswers' });
    expect(team.theme).toEqual({ shown: false, reason: 'derivable' });
  });

  it('shows it when the forms answered different numbers of items, so no item sum follows', () => {
    const team = teamOf([[4, 4, 3, 2], [5, 4, 4, 0], [3, 3, 3, 0], [4, 3, 4, 0], [2, 4, 0, 5], [4, 5, 0, 1]]);
    expect(team.item(3)).toEqual({ shown: false, reason: 'tooFewAnswers' });
    expect(team.theme).toMatchObject({ shown: true, value: { answered: 6 } });
  });
});
