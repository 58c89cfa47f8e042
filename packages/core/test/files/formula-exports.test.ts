import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { neutraliseFormula } from '../../src/files/spreadsheet-formulas.ts';
import { peopleToCsv } from '../../src/hierarchy/people-export.ts';
import { previewPeopleImport } from '../../src/hierarchy/people-import.ts';
import { loadPeople } from '../../src/hierarchy/people-store.ts';
import { rollupXlsx } from '../../src/reports/rollup-xlsx.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { rollupCsv } from '../../src/rollup/export-format.ts';
import { newTenant } from '../hierarchy/hierarchy-db.ts';
import { loadSampleRound } from '../rollup/sample-round.ts';

/** The attack: a value a spreadsheet runs as a formula that sends whoever clicks it elsewhere. */
const FORMULA = '=HYPERLINK("http://x.example","Klik")';
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

const PEOPLE = [
  'person_id;name;email;manager_id;faggruppe;unit_name',
  `1;${quoted(FORMULA)};a@egeskov.dk;;lærer;@Skolen`,
  '2;Bo Holm;b@egeskov.dk;1;lærer;-',
  '',
].join('\n');

describe('a value that starts like a formula', () => {
  it('is guarded in every cell a spreadsheet opens, and nothing else is', () => {
    for (const text of ['=1+2', '+45 1234', '-0.5', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ['Anna', '1004', "'quoted", '0.5', '', 'a=b']) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe.each(testEngines())('formula injection through import and export on $name', (engine) => {
  let handle: SpejlDatabase;
  beforeAll(async () => { handle = await engine.open(); });
  afterAll(() => handle?.close());

  it('stores the name as text, warns at import, exports it guarded, and re-imports the export unchanged', async () => {
    const t = await newTenant(handle, 'formula');
    const preview = await t.run((tx) => previewPeopleImport(tx, { fileName: 'people.csv', bytes: new TextEncoder().encode(PEOPLE) }));
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: 2, column: 'name', code: 'file.formulaLike', params: expect.objectContaining({ value: FORMULA, first: '=' }) }),
      expect.objectContaining({ line: 2, column: 'unit_name', code: 'file.formulaLike' }),
    ]));
    const applied = await t.importText(PEOPLE);
    expect(applied.warnings.map((w) => w.code)).toContain('file.formulaLike');
    const stored = await t.run(loadPeople);
    expect(stored.find((p) => p.personId === '1')?.name).toBe(FORMULA);

    const csv = peopleToCsv(stored);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    expect(rows[1]).toEqual(['1', `'${FORMULA}`, 'a@egeskov.dk', '', 'lærer', "'@Skolen", '', '']); // the last columns are unit_code and language (none here)
    expect(rows[2]?.[5]).toBe("'-");

    const again = await t.run((tx) => previewPeopleImport(tx, { fileName: 'medarbejdere.csv', bytes: new TextEncoder().encode(csv) }));
    expect(again.counts).toMatchObject({ added: 0, moved: 0, renamed: 0, updated: 0, left: 0, unchanged: 2 });
  });
});

describe('the roll-up exports of a leader whose person_id is a formula', () => {
  it('write the id as guarded text in CSV and as a text cell (not a formula) in XLSX, numbers as numbers', async () => {
    const fixture = readFileSync(new URL('../rollup/fixtures/egeskov-people.csv', import.meta.url), 'utf8');
    const peopleFile = new TextEncoder().encode(fixture.replace(/^1004;/m, `${quoted(FORMULA)};`).replace(/;1004;/g, `;${quoted(FORMULA)};`));
    const sample = await loadSampleRound({ peopleFile, subjectId: (id) => (id === '1004' ? FORMULA : id) });
    const rollup = computeRollup(sample.tree, sample.layout, sample.forms, 5);

    const csvRows = Papa.parse<string[]>(rollupCsv(rollup)).data;
    const leaders = new Set(csvRows.map((r) => r[0]));
    expect(leaders).toContain(`'${FORMULA}`);
    expect(leaders).not.toContain(FORMULA);
    expect(csvRows).toContainEqual([`'${FORMULA}`, 'direct', 'employee', 'borgerorientering', '*', '5', '5', '0', '3.9000', '0.6703', '', '', '', '', '', 'false']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await rollupXlsx(rollup)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => cells.push(row.getCell(1)));
    const attacked = cells.filter((c) => String(c.value).includes('HYPERLINK'));
    expect(attacked.length).toBeGreaterThan(0);
    for (const cell of attacked) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(`'${FORMULA}`);
    }
    const mean = sheet.getRow(attacked[0]!.fullAddress.row).getCell(9);
    expect(mean.type).toBe(ExcelJS.ValueType.Number);
  });
});
