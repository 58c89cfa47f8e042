import { describe, expect, it } from 'vitest';
import { ISSUE_CAP, issueTotal } from '../../src/files/issue-cap.ts';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';

/**
 * The attack: a people file whose rows all share one invalid 200-character address made two
 * problems a row (500,000 for 250,000 rows) and a 163 MB answer. The list stops at ISSUE_CAP and
 * one line counts the rest.
 */
describe('problems of a people file', () => {
  it('lists the first 1,000 problems of a file bad on every row, then one line with how many more', async () => {
    const rows = 5_000;
    const bad = `${'x'.repeat(190)}@ikke-gyldig`;
    const lines = ['person_id;name;email;manager_id'];
    for (let i = 1; i <= rows; i++) lines.push(`P${i};Person ${i};${bad};${i === 1 ? '' : 'P1'}`);
    const file = await readPeopleFile(new TextEncoder().encode(lines.join('\n')));
    expect(file.errors).toHaveLength(ISSUE_CAP + 1);
    const more = file.errors.at(-1)!;
    expect(more).toMatchObject({ code: 'file.moreProblems', message: expect.stringMatching(/^and \d+ more problems, not listed/) });
    // Every row is bad at least once; the count carries what the list leaves out.
    expect(issueTotal(file.errors)).toBeGreaterThanOrEqual(rows);
    expect(Number(more.params!.count)).toBe(issueTotal(file.errors) - ISSUE_CAP);
    // The listed ones are the first in the file, so the admin fixes from the top.
    expect(file.errors[0]!.line).toBe(2);
    expect(file.errors.at(-2)!.line).toBeLessThan(rows);
  });
});
