import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leaderFileNames } from '../../src/report-jobs/file-names.ts';

describe('leader file names in a bulk ZIP', () => {
  it('names each file after the leader and the round, keeping Danish letters and dropping what file systems refuse', () => {
    const names = leaderFileNames([{ personId: '1005', name: 'Sørensen; Lise' }, { personId: '1003', name: 'Hanne Østergård' }], 'Måling 2026/forår');
    expect([...names.values()]).toEqual(['Sørensen Lise – Måling 2026forår.pdf', 'Hanne Østergård – Måling 2026forår.pdf']);
  });

  it('tells apart leaders of the same name, also when only the case differs, by their person id', () => {
    const names = leaderFileNames([{ personId: 'P1', name: 'Jens Hansen' }, { personId: 'P2', name: 'jens hansen' }, { personId: 'P3', name: 'Ida' }], 'R');
    expect([...names.values()]).toEqual(['Jens Hansen (P1) – R.pdf', 'jens hansen (P2) – R.pdf', 'Ida – R.pdf']);
  });

  it('gives every leader a different name (ignoring case) that a file system accepts, whatever the names and ids', () => {
    const leader = fc.record({ personId: fc.string({ minLength: 1, maxLength: 64 }), name: fc.string({ maxLength: 300 }) });
    fc.assert(
      fc.property(fc.uniqueArray(leader, { selector: (l) => l.personId, maxLength: 30 }), fc.string({ maxLength: 300 }), (leaders, round) => {
        const names = [...leaderFileNames(leaders, round).values()];
        expect(names).toHaveLength(leaders.length);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(leaders.length);
        for (const n of names) {
          expect(n).toMatch(/^[^/\\:*?"<>|\p{Cc}]+\.pdf$/u);
          expect([...n].length).toBeLessThanOrEqual(255);
        }
      }),
    );
  });
});
