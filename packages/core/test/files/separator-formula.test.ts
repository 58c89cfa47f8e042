import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelCsv } from '../../src/files/excel-csv.ts';
import { holdsAnySeparator, neutraliseFormulaInCsv, startsLikeFormula, withoutFormulaGuard } from '../../src/files/spreadsheet-formulas.ts';
import { peopleToCsv } from '../../src/hierarchy/people-export.ts';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';
import type { PersonRecord } from '../../src/hierarchy/person.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { rollupCsv, rollupCsvExcel } from '../../src/rollup/export-format.ts';
import { loadSampleRound } from '../rollup/sample-round.ts';

/*
 * The attack: the formula guard looks at the start of a field, but a spreadsheet splits a line at
 * its reader's separator, not the writer's. A comma file double-clicked in Danish Excel is split
 * at `;`, a `;` file in English Excel (or LibreOffice with `,` ticked) at `,`. A field holding the
 * other separator falls apart there, and the part after it is a cell of its own: a live formula.
 * Every CSV we write is read here at `,`, `;` and tab, by papaparse and by a reader that does what
 * Excel does with quotes it meets out of step.
 */
const SEPARATORS = [',', ';', '\t'];

/**
 * Excel's reading at `separator`: a cell opening with `"` runs to its closing quote (`""` a quote)
 * and whatever follows up to the separator joins it; a cell not opening with `"` runs to the
 * separator or the line end, quotes and all. So after a quoted field holding the reader's
 * separator, or past the writer's separator, the reader is out of step with the writer's quotes.
 */
function excelCells(csv: string, separator: string): string[] {
  const text = csv.replace(/^\uFEFF/, '');
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') cell += text[i];
        else if (text[i + 1] === '"') cell += text[i++];
        else { i++; break; }
      }
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
    cells.push(cell);
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  return cells;
}
const papaCells = (csv: string, separator: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: separator }).data.flat();
/** A figure we wrote (`-0,5` split at `,` is `-0`): a number, never a formula. */
const isFigure = (cell: string) => /^-?\d+([.,]\d+)?$/.test(cell);
/** Every cell, under every separator and either reader, that a spreadsheet would run as a formula. */
const liveCells = (csv: string) =>
  SEPARATORS.flatMap((separator) => [...excelCells(csv, separator), ...papaCells(csv, separator)].filter((cell) => startsLikeFormula(cell) && !isFigure(cell)).map((cell) => ({ separator, cell })));

/** The tester's values: a formula behind a `;`, behind a `,`, behind a tab and a line break, and behind a quote. */
const SEMICOLON_ID = 'x;=HYPERLINK(A1&B1);';
const COMMA_NAME = 'Hansen,=HYPERLINK(A1&B1),';
const TAB_UNIT = 'Skolen\t=1+2';
const ATTACKS = [SEMICOLON_ID, COMMA_NAME, TAB_UNIT, 'Bo\n@SUM(A1)', 'a,"=1+2', 'a;""+1', 'b\t\t-1'];

/** The example round with leader 1004's person_id replaced by `id` in the people file and the answers. */
async function rollupWithLeaderId(id: string) {
  const fixture = readFileSync(new URL('../rollup/fixtures/egeskov-people.csv', import.meta.url), 'utf8');
  const quoted = `"${id.replace(/"/g, '""')}"`;
  const peopleFile = new TextEncoder().encode(fixture.replace(/^1004;/m, `${quoted};`).replace(/;1004;/g, `;${quoted};`));
  const sample = await loadSampleRound({ peopleFile, subjectId: (subject) => (subject === '1004' ? id : subject) });
  return computeRollup(sample.tree, sample.layout, sample.forms, 5);
}

const person = (p: Partial<PersonRecord> & { personId: string; name: string }): PersonRecord => ({ email: null, managerId: null, faggruppe: null, unitName: null, ...p });

describe('a formula behind the other separator', () => {
  it('is guarded wherever a cell may start inside a text, and the guard comes off again on import', () => {
    expect(neutraliseFormulaInCsv(COMMA_NAME)).toBe("Hansen,'=HYPERLINK(A1&B1),");
    expect(neutraliseFormulaInCsv(SEMICOLON_ID)).toBe("x;'=HYPERLINK(A1&B1);");
    expect(neutraliseFormulaInCsv('b\t\t-1')).toBe("b\t'\t'-1");
    expect(neutraliseFormulaInCsv('a,"=1')).toBe('a,"\'=1');
    expect(neutraliseFormulaInCsv('=1;+2')).toBe("'=1;'+2");
    for (const text of ['Hansen, Bo', 'Sørensen; Lise', '1,5', "O'Brien", 'a=b', 'Skole -afdeling']) expect(neutraliseFormulaInCsv(text)).toBe(text);
    for (const text of [...ATTACKS, '=1;+2', "O'Brien", "x,'y"]) expect(withoutFormulaGuard(neutraliseFormulaInCsv(text))).toBe(text);
  });

  it('says which texts hold a separator some reader splits at', () => {
    for (const text of [SEMICOLON_ID, COMMA_NAME, TAB_UNIT, 'a,b', 'a;b', 'a\tb']) expect(holdsAnySeparator(text)).toBe(true);
    for (const value of ['1004', 'Sørensen Lise', '', 3.5, null]) expect(holdsAnySeparator(value)).toBe(false);
  });

  it("DESIGN.md's roll-up CSV (`,`): an id holding `;` or a tab is quoted and guarded, so Danish Excel sees no formula", async () => {
    for (const id of ATTACKS) {
      const csv = rollupCsv(await rollupWithLeaderId(id));
      expect(liveCells(csv), JSON.stringify(id)).toEqual([]);
    }
    const csv = rollupCsv(await rollupWithLeaderId(SEMICOLON_ID));
    expect(csv).toContain(`\n"x;'=HYPERLINK(A1&B1);",direct,employee,borgerorientering,*,5,5,0,3.9000,0.6703,,,,,,false\n`);
    // Danish Excel keeps the quoted id one cell.
    expect(excelCells(csv, ';')).toContain(`x;'=HYPERLINK(A1&B1);,direct,employee,borgerorientering,*,5,5,0,3.9000,0.6703,,,,,,false`);
  });

  it('the roll-up for Danish Excel (`;`): every id is quoted and guarded, so a comma reader sees no formula', async () => {
    for (const id of ATTACKS) expect(liveCells(rollupCsvExcel(await rollupWithLeaderId(id))), JSON.stringify(id)).toEqual([]);
    const csv = rollupCsvExcel(await rollupWithLeaderId(COMMA_NAME));
    expect(csv).toContain(`\r\n"Hansen,'=HYPERLINK(A1&B1),";"direkte";"medarbejdere";"borgerorientering";"*";5;5;0;3,9000;0,6703;;;;;;"nej"\r\n`);
  });

  it("the console's lists (`;`): every text cell is quoted and guarded, in any column, figures bare", () => {
    const csv = excelCsv(['Navn', 'Nr.', 'Leder', 'Svar', 'Enhed'], [[COMMA_NAME, '1', SEMICOLON_ID, 3, TAB_UNIT], ['Bo', '2', COMMA_NAME, { value: -0.5, decimals: 1 }, '@Skolen']]);
    expect(liveCells(csv)).toEqual([]);
    expect(csv).toBe(
      '\uFEFF"Navn";"Nr.";"Leder";"Svar";"Enhed"\r\n'
      + `"Hansen,'=HYPERLINK(A1&B1),";"1";"x;'=HYPERLINK(A1&B1);";3;"Skolen\t'=1+2"\r\n`
      + `"Bo";"2";"Hansen,'=HYPERLINK(A1&B1),";-0,5;"'@Skolen"\r\n`,
    );
    // Without the guard inside the text, quoting alone lets English Excel cut the formula out of a later column.
    const quotedOnly = `"Bo";"2";"${COMMA_NAME}"\r\n`;
    expect(excelCells(quotedOnly, ',')).toContain('=HYPERLINK(A1&B1)');
  });

  it('the people export: quoted and guarded in either separator, and it imports back unchanged', async () => {
    const people = [
      person({ personId: '1', name: COMMA_NAME, unitName: TAB_UNIT, faggruppe: 'lærer' }),
      person({ personId: 'x;=2', name: 'Bo Holm', managerId: '1', unitName: 'a,"=1+2' }),
    ];
    for (const separator of [';', ','] as const) {
      const csv = peopleToCsv(people, { separator });
      expect(liveCells(csv), separator).toEqual([]);
      const file = await readPeopleFile(new TextEncoder().encode(csv));
      expect(file.errors).toEqual([]);
      expect(file.people.map(({ line: _line, ...p }) => p)).toEqual(people);
    }
  });

  it('leaves ordinary values unquoted in the people export and the DESIGN.md roll-up, so their bytes do not change', async () => {
    expect(peopleToCsv([person({ personId: '1001', name: 'Birgitte Ravn', email: 'bira@egeskov.dk', unitName: 'Direktionen' })], { bom: false }))
      .toBe('person_id;name;email;manager_id;faggruppe;unit_name;unit_code;language\r\n1001;Birgitte Ravn;bira@egeskov.dk;;;Direktionen;;\r\n');
    expect(rollupCsv(await rollupWithLeaderId('1004'))).toContain('\n1004,direct,employee,borgerorientering,*,5,5,0,3.9000,0.6703,,,,,,false\n');
  });
});
