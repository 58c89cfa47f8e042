import { describe, expect, it } from 'vitest';
import { questionAsker } from '../../src/comments/comment-sets.ts';

describe('which rater roles a round asks an open question', () => {
  const asks = questionAsker([
    { id: 'borgerorientering', version: '1.1.0', roles: ['employee', 'self', 'superior'] },
    { id: 'samarbejde', version: '1.0.0', roles: ['self', 'superior', 'peer'] },
    { id: 'lokale', version: '1' },
  ]);

  it('asks a role only the questions of the themes that ask it, so a hand-made comment to another reaches no set', () => {
    expect(asks('borgerorientering.godt', 'employee')).toBe(true);
    expect(asks('borgerorientering.godt', 'peer')).toBe(false);
    expect(asks('samarbejde.godt', 'employee')).toBe(false);
    expect(asks('samarbejde.godt', 'peer')).toBe(true);
    expect(asks('ukendt.godt', 'employee')).toBe(false);
  });

  it('takes a theme pinned without roles as asking everyone', () => {
    expect(asks('lokale.ideer', 'peer')).toBe(true);
  });
});
