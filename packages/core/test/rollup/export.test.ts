import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FilteredRollup } from '../../src/anonymity/filtered-rollup.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { rollupCsv, rollupJson } from '../../src/rollup/export-format.ts';
import { ROLLUP_COLUMNS } from '../../src/rollup/export-rows.ts';
import { buildLeaderTree } from '../../src/scoring/leader-tree.ts';
import { FormBatchBuilder } from '../../src/scoring/form-batch.ts';
import { layoutRound } from '../../src/scoring/round-layout.ts';
import { loadSampleRound } from './sample-round.ts';

let rollup: FilteredRollup;
let lines: string[];

beforeAll(async () => {
  const sample = await loadSampleRound();
  rollup = computeRollup(sample.tree, sample.layout, sample.forms, 5);
  lines = rollupCsv(rollup).split('\n');
});

describe('the roll-up export (CSV)', () => {
  it("starts with DESIGN.md's header and ends with one newline", () => {
    expect(lines[0]).toBe('leader_id,scope,rater_role,theme_id,item_id,forms,answered,dont_know,mean,sd,n1,n2,n3,n4,n5,suppressed');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).not.toBe('');
  });

  it("writes 1004's published team: theme row without n1–n5, item rows with them, 4 decimals", () => {
    expect(lines).toContain('1004,direct,employee,borgerorientering,*,5,5,0,3.9000,0.6703,,,,,,false');
    expect(lines).toContain('1004,direct,employee,borgerorientering,kultur,5,5,0,4.2000,0.8367,0,0,1,2,2,false');
  });

  it('blanks every column after forms on suppressed rows', () => {
    expect(lines).toContain('1004,direct,employee,borgerorientering,balance,5,,,,,,,,,,true');
    expect(lines).toContain('1002,chain,employee,borgerorientering,*,9,,,,,,,,,,true');
    expect(lines).toContain('1005,direct,employee,borgerorientering,vaerdi,2,,,,,,,,,,true');
    for (const line of lines.filter((l) => l.endsWith(',true'))) expect(line).toMatch(/^[^,]+,[a-z]+,[a-z]+,[^,]+,[^,]+,\d+,{10}true$/);
  });

  it('counts don’t-know apart from answers in the organisation total', () => {
    expect(lines).toContain('1001,chain,employee,borgerorientering,vaerdi,15,13,2,3.6923,0.7511,0,1,3,8,1,false');
    expect(lines).toContain('1001,chain,employee,borgerorientering,*,15,15,0,3.6833,0.5767,,,,,,false');
  });

  it('shows a single self form with its mean and a blank sd', () => {
    expect(lines).toContain('1004,direct,self,borgerorientering,*,1,1,0,4.2500,,,,,,,false');
  });

  it('orders rows depth-first from the top, direct before chain, roles and items in order', () => {
    const keys = lines.slice(1, -1).map((l) => l.split(',').slice(0, 5).join(','));
    const leaders = [...new Set(keys.map((k) => k.split(',')[0]))];
    expect(leaders).toEqual(['1001', '1002', '1004', '1005', '1003', '1013']);
    const ofLeader = keys.filter((k) => k.startsWith('1004,')).map((k) => k.split(',').slice(1).join(' '));
    expect(ofLeader.slice(0, 6)).toEqual([
      'direct employee borgerorientering *', 'direct employee borgerorientering kultur', 'direct employee borgerorientering balance',
      'direct employee borgerorientering oplevet-kvalitet', 'direct employee borgerorientering vaerdi', 'direct self borgerorientering *',
    ]);
    expect(ofLeader.findIndex((k) => k.startsWith('chain'))).toBe(15);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves out groups without forms (1001 has no superior)', () => {
    expect(lines.some((l) => l.startsWith('1001,direct,superior'))).toBe(false);
  });

  it('quotes ids that contain a comma or quote so the file parses back', () => {
    const tree = buildLeaderTree({ personIds: ['A,1', 'B"2', 'c'], manager: Int32Array.from([-1, 0, 1]) });
    const layout = layoutRound([{ id: 't', items: ['x'] }]);
    const forms = new FormBatchBuilder(1);
    forms.add(1, 1, [4]);
    const csv = rollupCsv(computeRollup(tree, layout, forms.build(), 3));
    const parsed = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(parsed.map((r) => r[0])).toEqual(['leader_id', 'A,1', 'A,1', 'B"2', 'B"2', 'B"2', 'B"2']);
    expect(parsed.every((r) => r.length === ROLLUP_COLUMNS.length)).toBe(true);
  });
});

describe('the roll-up export (JSON)', () => {
  it('has the same rows as the CSV, in the same order, with nulls for blanks', () => {
    const rows = JSON.parse(rollupJson(rollup)) as Record<string, unknown>[];
    expect(rows).toHaveLength(lines.length - 2);
    expect(Object.keys(rows[0]!)).toEqual([...ROLLUP_COLUMNS]);
    const team = rows.find((r) => r.leader_id === '1004' && r.scope === 'direct' && r.rater_role === 'employee' && r.item_id === '*');
    expect(team).toEqual({
      leader_id: '1004', scope: 'direct', rater_role: 'employee', theme_id: 'borgerorientering', item_id: '*',
      forms: 5, answered: 5, dont_know: 0, mean: 3.9, sd: 0.6703, n1: null, n2: null, n3: null, n4: null, n5: null, suppressed: false,
    });
    const chain = rows.find((r) => r.leader_id === '1002' && r.scope === 'chain' && r.rater_role === 'employee' && r.item_id === 'kultur');
    expect(chain).toMatchObject({ forms: 9, answered: null, mean: null, suppressed: true });
  });
});
