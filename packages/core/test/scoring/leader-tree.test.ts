import { describe, expect, it } from 'vitest';
import { buildLeaderTree } from '../../src/scoring/leader-tree.ts';
import { comparePersonIds } from '../../src/scoring/person-order.ts';

const tree = (ids: string[], manager: number[]) => buildLeaderTree({ personIds: ids, manager: Int32Array.from(manager) });

describe('the leader tree', () => {
  it('finds leaders, their depth and a bottom-up order where every leader precedes its manager', () => {
    // 0 ← 1 ← 2 ← 3, and 0 ← 4 (no reports)
    const t = tree(['a', 'b', 'c', 'd', 'e'], [-1, 0, 1, 2, 0]);
    expect(Array.from(t.leaderPerson)).toEqual([0, 1, 2]);
    expect(Array.from(t.leaderDepth)).toEqual([0, 1, 2]);
    expect(Array.from(t.bottomUp)).toEqual([2, 1, 0]);
    expect(Array.from(t.leaderParent)).toEqual([-1, 0, 1]);
  });

  it('reads leaders depth-first with siblings by person id, numbers by value', () => {
    const t = tree(['1000', '999', '1001', 'x', 'y', 'z'], [-1, 0, 0, 1, 2, 1]);
    expect(Array.from(t.readingOrder, (s) => t.personIds[t.leaderPerson[s]!])).toEqual(['1000', '999', '1001']);
  });

  it('builds the same leaders from a leaders-only hierarchy with explicit leader flags', () => {
    const full = tree(['a', 'b', 'c', 'd', 'e', 'f'], [-1, 0, 1, 2, 0, 1]);
    const leadersOnly = buildLeaderTree({ personIds: ['a', 'b', 'c'], manager: Int32Array.from([-1, 0, 1]), leader: Uint8Array.from([1, 1, 1]) });
    expect(leadersOnly.leaderCount).toBe(full.leaderCount);
    expect(Array.from(leadersOnly.leaderDepth)).toEqual(Array.from(full.leaderDepth));
    expect(Array.from(leadersOnly.readingOrder, (s) => leadersOnly.personIds[leadersOnly.leaderPerson[s]!])).toEqual(['a', 'b', 'c']);
    expect(() => buildLeaderTree({ personIds: ['a', 'b'], manager: Int32Array.from([-1, 0]), leader: Uint8Array.from([0, 1]) })).toThrow(/a manages b/);
  });

  it('refuses a cycle and names a person on it', () => {
    expect(() => tree(['a', 'b', 'c'], [-1, 2, 1])).toThrow(/cycle through person b/);
  });

  it('orders ids numerically when both are numbers, else by code units', () => {
    expect(['b', '10', 'a', '9', '010'].sort(comparePersonIds)).toEqual(['9', '010', '10', 'a', 'b']);
  });
});
