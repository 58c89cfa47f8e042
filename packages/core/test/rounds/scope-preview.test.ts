import { describe, expect, it } from 'vitest';
import type { SnapshotPerson } from '../../src/rounds/form-derivation.ts';
import { previewScope } from '../../src/rounds/scope-preview.ts';

// A leads B and C; B leads D and E; C leads F; D leads G. E and G have no e-mail address.
const person = (personId: string, managerId: string | null, email: string | null = `${personId}@example.org`): SnapshotPerson =>
  ({ personId, name: personId, email, managerId, faggruppe: null, exempt: false });
const people = [person('A', null), person('B', 'A'), person('C', 'A'), person('D', 'B'), person('E', 'B', null), person('F', 'C'), person('G', 'D', null)];

describe('previewing a round scope (hand-counted)', () => {
  it('counts leaders, respondents, forms per role and respondents without e-mail for the whole organisation', () => {
    expect(previewScope(people, { kind: 'all' })).toEqual({
      leaders: 4,
      respondents: 7,
      withoutEmail: 2,
      forms: { employee: 6, self: 4, superior: 3, peer: 0 },
      levels: [{ level: 1, leaders: 1 }, { level: 2, leaders: 2 }, { level: 3, leaders: 1 }],
      chainTops: [],
      exempt: [],
    });
  });

  it('counts only the chosen level, with the superiors above it asked about them', () => {
    const preview = previewScope(people, { kind: 'levels', levels: [2] });
    expect(preview).toMatchObject({ leaders: 2, respondents: 6, withoutEmail: 1, forms: { employee: 3, self: 2, superior: 2 } });
    expect(preview.levels).toHaveLength(3); // the levels list never narrows with the scope: it is what the picker offers
  });

  it('leaves an exempt leader out: nobody answers about them and they answer no self form', () => {
    expect(previewScope(people, { kind: 'all' }, ['B'])).toMatchObject({ leaders: 3, respondents: 6, withoutEmail: 1, forms: { employee: 4, self: 3, superior: 2 }, exempt: [{ personId: 'B', name: 'B' }] });
    expect(previewScope(people, { kind: 'chains', leaderIds: ['C'] })).toMatchObject({ leaders: 1, chainTops: [{ personId: 'C', name: 'C' }] });
  });
});
