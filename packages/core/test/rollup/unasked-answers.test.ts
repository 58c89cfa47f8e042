import { describe, expect, it } from 'vitest';
import type { PinnedTheme } from '@spejl/db';
import { blankUnaskedAnswers } from '../../src/rollup/unasked-answers.ts';
import type { FormBatch } from '../../src/scoring/form-batch.ts';
import { ROLLUP_ROLES } from '../../src/scoring/rater-roles.ts';
import { layoutRound } from '../../src/scoring/round-layout.ts';

const layout = layoutRound([{ id: 'borgerorientering', items: ['a', 'b'] }, { id: 'samarbejde', items: ['c', 'd', 'e'] }]);
const themes: PinnedTheme[] = [
  { id: 'borgerorientering', version: '1.1.0', roles: ['employee', 'self', 'superior'] },
  { id: 'samarbejde', version: '1.0.0', roles: ['self', 'superior', 'peer'] },
];
const role = (r: (typeof ROLLUP_ROLES)[number]) => ROLLUP_ROLES.indexOf(r);

function batch(rows: { role: (typeof ROLLUP_ROLES)[number]; answers: number[] }[]): FormBatch {
  return { count: rows.length, itemCount: 5, subject: new Int32Array(rows.length), role: Uint8Array.from(rows, (r) => role(r.role)), answers: Uint8Array.from(rows.flatMap((r) => r.answers)) };
}

describe('answers to statements a role is not asked', () => {
  it('blanks an employee\'s answers to samarbejde and a peer\'s to borgerorientering, and keeps everything asked', () => {
    const forms = batch([
      { role: 'employee', answers: [4, 5, 1, 1, 6] },
      { role: 'peer', answers: [2, 2, 5, 4, 3] },
      { role: 'self', answers: [5, 5, 5, 5, 5] },
    ]);
    expect(blankUnaskedAnswers(forms, layout, themes)).toBe(5);
    expect([...forms.answers]).toEqual([4, 5, 0, 0, 0, 0, 0, 5, 4, 3, 5, 5, 5, 5, 5]);
  });

  it('leaves a round whose themes ask every role, or were pinned without roles, untouched', () => {
    const forms = batch([{ role: 'employee', answers: [1, 2, 3, 4, 5] }]);
    expect(blankUnaskedAnswers(forms, layout, themes.map(({ roles: _roles, ...t }) => t))).toBe(0);
    expect([...forms.answers]).toEqual([1, 2, 3, 4, 5]);
  });
});
