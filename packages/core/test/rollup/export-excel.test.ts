import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { rollupCsv, rollupCsvExcel } from '../../src/rollup/export-format.ts';
import { loadSampleRound } from './sample-round.ts';

let design: string;
let excel: string;
let english: string;

beforeAll(async () => {
  const sample = await loadSampleRound();
  const rollup = computeRollup(sample.tree, sample.layout, sample.forms, 5);
  design = rollupCsv(rollup);
  excel = rollupCsvExcel(rollup);
  english = rollupCsvExcel(rollup, 'en');
});

/** DESIGN.md's developer words as the Danish file says them to a person. */
const DANISH: Record<string, string> = { direct: 'direkte', chain: 'kæde', employee: 'medarbejdere', self: 'leder selv', superior: 'overordnet leder', true: 'ja', false: 'nej' };
const HEADINGS = ['Leder-id', 'Omfang', 'Respondentgruppe', 'Tema-id', 'Udsagn-id', 'Skemaer', 'Svar', 'Ved ikke', 'Gennemsnit', 'Standardafvigelse', 'Antal 1', 'Antal 2', 'Antal 3', 'Antal 4', 'Antal 5', 'Skjult'];

describe('the roll-up CSV for Danish Excel', () => {
  it('has a BOM, ; between fields and CRLF line ends', () => {
    expect(excel.startsWith(`\uFEFF${HEADINGS.map((h) => `"${h}"`).join(';')}\r\n`)).toBe(true);
    expect(excel.endsWith('\r\n')).toBe(true);
    // Every text quoted (a reader splitting at `,` keeps it one cell) and in Danish, every figure bare.
    expect(excel).toContain('\r\n"1004";"direkte";"medarbejdere";"borgerorientering";"*";5;5;0;3,9000;0,6703;;;;;;"nej"\r\n');
  });

  it('holds exactly the rows of the DESIGN.md export, with decimal commas', () => {
    const designRows = Papa.parse<string[]>(design.trimEnd()).data;
    const excelRows = Papa.parse<string[]>(excel.slice(1).trimEnd(), { delimiter: ';', newline: '\r\n' }).data;
    const [, ...rows] = designRows;
    expect(excelRows).toEqual([HEADINGS, ...rows.map((row) => row.map((cell, i) => ([1, 2, 15].includes(i) ? DANISH[cell]! : cell.replace(/^(\d+)\.(\d{4})$/, '$1,$2'))))]);
  });

  it('speaks English when the console does', () => {
    expect(english.startsWith('\uFEFF"Leader id";"Scope";"Respondent group";"Theme id";"Item id";"Forms";')).toBe(true);
    expect(english).toContain('\r\n"1004";"direct";"employees";"borgerorientering";"*";5;5;0;3,9000;0,6703;;;;;;"no"\r\n');
  });
});
