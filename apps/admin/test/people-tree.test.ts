import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../src/pages/people/people-api.ts';
import { nextActive, visibleRows, type TreeState } from '../src/pages/people/tree-model.ts';

const node = (personId: string, directReports = 0, managerId: string | null = null): TreeNode => ({
  personId, name: `P ${personId}`, email: null, managerId, faggruppe: null, unitName: null, exempt: false, directReports,
});

const state: TreeState = {
  roots: [node('1', 2), node('9')],
  children: new Map([
    ['1', [node('2', 1, '1'), node('3', 0, '1')]],
    ['2', [node('4', 0, '2')]],
  ]),
  expanded: new Set(['1', '2']),
  loading: new Set(),
};

describe('the people tree', () => {
  it('shows expanded managers with their loaded reports, in order, with level and position among siblings', () => {
    expect(visibleRows(state).map((r) => [r.node.personId, r.level, r.posInSet, r.setSize, r.expanded])).toEqual([
      ['1', 1, 1, 2, true], ['2', 2, 1, 2, true], ['4', 3, 1, 1, false], ['3', 2, 2, 2, false], ['9', 1, 2, 2, false],
    ]);
    expect(visibleRows({ ...state, expanded: new Set(['2']) }).map((r) => r.node.personId)).toEqual(['1', '9']);
  });

  it('moves through the tree by the WAI-ARIA keys', () => {
    const rows = visibleRows(state);
    expect(nextActive(rows, 0, 'ArrowDown')).toEqual({ index: 1 });
    expect(nextActive(rows, 4, 'ArrowDown')).toEqual({ index: 4 });
    expect(nextActive(rows, 2, 'ArrowLeft')).toEqual({ index: 1 });
    expect(nextActive(rows, 1, 'ArrowLeft')).toEqual({ index: 1, toggle: 'collapse' });
    expect(nextActive(rows, 1, 'ArrowRight')).toEqual({ index: 2 });
    expect(nextActive(visibleRows({ ...state, expanded: new Set() }), 0, 'ArrowRight')).toEqual({ index: 0, toggle: 'expand' });
    expect(nextActive(rows, 3, 'End')).toEqual({ index: 4 });
    expect(nextActive(rows, 3, 'a')).toBeNull();
  });

  it('never loses a row: a random chain fully expanded shows every person once', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), (picks) => {
        // Person i+1 reports to an earlier person; 0 is the top.
        const managerOf = picks.map((p, i) => (i === 0 ? null : String(p % i)));
        const kids = new Map<string, TreeNode[]>();
        const count = (id: string) => managerOf.filter((m) => m === id).length;
        managerOf.forEach((m, i) => { if (m !== null) kids.set(m, [...(kids.get(m) ?? []), node(String(i), count(String(i)), m)]); });
        const rows = visibleRows({ roots: [node('0', count('0'))], children: kids, expanded: new Set(managerOf.map((_, i) => String(i))), loading: new Set() });
        expect(rows.map((r) => r.node.personId).sort()).toEqual(managerOf.map((_, i) => String(i)).sort());
      }),
    );
  });
});
