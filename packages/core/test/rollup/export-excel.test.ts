import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { rollupCsv, rollupCsvExcel } from '../../src/rollup/export-format.ts';
import { loadSampleRound } from './sample-round.ts';

let design: string;
let excel: string;

beforeAll(async () => {
  const sample = await loadSampleRound();
  const rollup = computeRollup(sample.tree, sample.layout, sample.forms, 5);
  design = rollupCsv(rollup);
  excel = rollupCsvExcel(rollup);
});

describe('the roll-up CSV for Danish Excel', () => {
  it('has a BOM, ; between fields and CRLF line ends', () => {
    expect(excel.startsWith('\uFEFFleader_id;scope;rater_role;theme_id;item_id;forms;answered;dont_know;mean;sd;n1;n2;n3;n4;n5;suppressed\r\n')).toBe(true);
    expect(excel.endsWith('\r\n')).toBe(true);
    // Every id quoted (a reader splitting at `,` keeps it one cell), every figure bare.
    expect(excel).toContain('\r\n"1004";"direct";"employee";"borgerorientering";"*";5;5;0;3,9000;0,6703;;;;;;false\r\n');
  });

  it('holds exactly the rows of the DESIGN.md export, with decimal commas', () => {
    const designRows = Papa.parse<string[]>(design.trimEnd()).data;
    const excelRows = Papa.parse<string[]>(excel.slice(1).trimEnd(), { delimiter: ';', newline: '\r\n' }).data;
    expect(excelRows).toEqual(designRows.map((row) => row.map((cell) => cell.replace(/^(\d+)\.(\d{4})$/, '$1,$2'))));
  });
});
