import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveForms, depths, directReports, type SnapshotPerson } from '../../src/rounds/form-derivation.ts';
import { EGESKOV } from './fixtures.ts';

/** A random forest: person i reports to one of 0..i-1, or to nobody; some leaders exempt. */
const forest = fc
  .array(fc.record({ manager: fc.option(fc.nat(), { nil: null, freq: 6 }), exempt: fc.boolean() }), { minLength: 1, maxLength: 60 })
  .map((rows): SnapshotPerson[] =>
    rows.map((r, i) => ({
      personId: `p${i}`,
      name: `Person ${i}`,
      email: null,
      managerId: i === 0 || r.manager === null ? null : `p${r.manager % i}`,
      faggruppe: null,
      exempt: r.exempt && i % 3 === 0,
    })),
  );

describe('deriving the forms of a round', () => {
  it('asks each subject: every direct report as employee, the leader as self, their own leader as superior', () => {
    fc.assert(
      fc.property(forest, (people) => {
        const { subjects, assignments } = deriveForms(people, { kind: 'all' });
        const reports = directReports(people);
        const byId = new Map(people.map((p) => [p.personId, p]));
        expect(subjects.sort()).toEqual(people.filter((p) => reports.has(p.personId) && !p.exempt).map((p) => p.personId).sort());
        for (const s of subjects) {
          const about = assignments.filter((a) => a.subjectId === s);
          expect(about.filter((a) => a.role === 'employee').map((a) => a.personId).sort()).toEqual([...(reports.get(s) ?? [])].sort());
          expect(about.filter((a) => a.role === 'self').map((a) => a.personId)).toEqual([s]);
          const manager = byId.get(s)?.managerId ?? null;
          expect(about.filter((a) => a.role === 'superior').map((a) => a.personId)).toEqual(manager ? [manager] : []);
        }
        expect(assignments.every((a) => subjects.includes(a.subjectId))).toBe(true);
      }),
    );
  });

  it('numbers each person\'s forms 0, 1, 2 … without gaps or repeats', () => {
    fc.assert(
      fc.property(forest, (people) => {
        const { assignments } = deriveForms(people, { kind: 'all' });
        const slots = new Map<string, number[]>();
        for (const a of assignments) slots.set(a.personId, [...(slots.get(a.personId) ?? []), a.slot]);
        for (const list of slots.values()) expect([...list].sort((x, y) => x - y)).toEqual(list.map((_, i) => i));
      }),
    );
  });

  it('keeps chosen chains and levels to their leaders', () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.integer({ min: 1, max: 4 }), (people, pick, level) => {
        const root = people[pick % people.length]!.personId;
        const inChain = new Set([root]);
        for (const p of people) if (p.managerId && inChain.has(p.managerId)) inChain.add(p.personId); // people are listed managers first
        expect(deriveForms(people, { kind: 'chains', leaderIds: [root] }).subjects.every((s) => inChain.has(s))).toBe(true);
        const depth = depths(people);
        expect(deriveForms(people, { kind: 'levels', levels: [level] }).subjects.every((s) => depth.get(s) === level)).toBe(true);
      }),
    );
  });

  it('gives the sample municipality 26 forms and leaves exempt leaders out', () => {
    expect(deriveForms(EGESKOV, { kind: 'all' }).assignments).toHaveLength(26);
    const without = deriveForms(EGESKOV, { kind: 'all' }, ['1004']);
    expect(without.subjects).not.toContain('1004');
    // Mads Bæk's team no longer rates him; he still rates nobody as superior, but is rated by nobody.
    expect(without.assignments.filter((a) => a.subjectId === '1004')).toEqual([]);
  });
});
