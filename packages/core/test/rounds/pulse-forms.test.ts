import { describe, expect, it } from 'vitest';
import { pulseForms, teamSizes } from '../../src/rounds/pulse-forms.ts';
import { windowProblem } from '../../src/pulses/pulse-input.ts';
import type { SnapshotPerson } from '../../src/rounds/form-derivation.ts';

const person = (personId: string, managerId: string | null): SnapshotPerson => ({ personId, name: personId, email: null, managerId, faggruppe: null, exempt: false });
// A top leader with two leaders below; L1 has three employees, L2 one.
const people = [person('top', null), person('L1', 'top'), person('L2', 'top'), person('a', 'L1'), person('b', 'L1'), person('c', 'L1'), person('d', 'L2')];
const DAY = 86_400_000;

describe('a pulse asks the direct employees of its leaders and nobody else', () => {
  it('gives each direct employee one employee form about their leader: no self, superior, peer or chain forms', () => {
    const { subjects, assignments } = pulseForms(people, ['L1']);
    expect(subjects).toEqual(['L1']);
    expect(assignments).toEqual(['a', 'b', 'c'].map((id) => ({ personId: id, slot: 0, subjectId: 'L1', role: 'employee' })));
  });

  it('asks a leader\'s direct reports who lead teams themselves about them, not their teams', () => {
    expect(pulseForms(people, ['top']).assignments.map((a) => a.personId)).toEqual(['L1', 'L2']);
  });

  it('counts each leader\'s direct employees, the most forms a pulse of the team can get', () => {
    expect(Object.fromEntries(teamSizes(people))).toEqual({ top: 2, L1: 3, L2: 1 });
  });

  it('keeps a pulse short and in the future', () => {
    const now = new Date('2027-03-01T08:00:00Z');
    expect(windowProblem(now, new Date(now.getTime() + 14 * DAY), now)).toBeNull();
    expect(windowProblem(now, now, now)).toBe('closesBeforeOpens');
    expect(windowProblem(new Date(now.getTime() - 2 * DAY), new Date(now.getTime() - DAY), now)).toBe('closesInPast');
    expect(windowProblem(now, new Date(now.getTime() + 43 * DAY), now)).toBe('tooLong');
  });
});
