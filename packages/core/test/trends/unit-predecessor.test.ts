import { describe, expect, it } from 'vitest';
import { unitPredecessor, type SnapshotUnit, type UnitMapping } from '../../src/trends/unit-predecessor.ts';

const unit = (leaderId: string, unitCode: string | null = null): SnapshotUnit => ({ leaderId, unitCode });
const map = (earlierLeaderId: string, leaderId: string): UnitMapping => ({ earlierRoundId: 'r1', earlierLeaderId, leaderId });

describe('finding the unit an earlier round knew', () => {
  it('matches by unit code first, even when a new leader leads the unit', () => {
    const now = [unit('B', 'U-10'), unit('C', 'U-11')];
    expect(unitPredecessor(now[0]!, now, [unit('A', 'U-10'), unit('B', 'U-11')], [], true)).toEqual({ found: true, leaderId: 'A', by: 'code' });
  });

  it('does not follow a leader who moved to another coded unit', () => {
    const now = [unit('B', 'U-20')];
    expect(unitPredecessor(now[0]!, now, [unit('B', 'U-10')], [], true)).toEqual({ found: false, why: 'none' });
  });

  it("follows an admin's mapping of a renamed unit", () => {
    const now = [unit('N')];
    expect(unitPredecessor(now[0]!, now, [unit('O')], [map('O', 'N')], true)).toEqual({ found: true, leaderId: 'O', by: 'mapping' });
  });

  it('shows no trend for the parts of a split unit, nor for the unit their leader kept', () => {
    const now = [unit('A'), unit('X')];
    const mappings = [map('A', 'A'), map('A', 'X')];
    expect(unitPredecessor(now[0]!, now, [unit('A')], mappings, true)).toEqual({ found: false, why: 'reorganised' });
    expect(unitPredecessor(now[1]!, now, [unit('A')], mappings, true)).toEqual({ found: false, why: 'reorganised' });
  });

  it('shows no trend for a merged unit, even by its leader', () => {
    const now = [unit('A')];
    expect(unitPredecessor(now[0]!, now, [unit('A'), unit('B')], [map('A', 'A'), map('B', 'A')], true)).toEqual({ found: false, why: 'reorganised' });
  });

  it('falls back to the same leader only for a report about a leader, and not when their old unit was handed on', () => {
    const now = [unit('A'), unit('Z')];
    expect(unitPredecessor(now[0]!, now, [unit('A')], [], true)).toEqual({ found: true, leaderId: 'A', by: 'person' });
    expect(unitPredecessor(now[0]!, now, [unit('A')], [], false)).toEqual({ found: false, why: 'none' });
    expect(unitPredecessor(now[0]!, now, [unit('A')], [map('A', 'Z')], true)).toEqual({ found: false, why: 'reorganised' });
  });

  it('does not trust a code that two units of a round share', () => {
    const now = [unit('A', 'U-1'), unit('B', 'U-1')];
    expect(unitPredecessor(now[0]!, now, [unit('Q', 'U-1')], [], false)).toEqual({ found: false, why: 'none' });
  });
});
