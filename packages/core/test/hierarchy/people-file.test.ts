import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';

const egeskov = readFileSync(new URL('./fixtures/egeskov.csv', import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading the people file', () => {
  it('reads a Danish Excel CSV: semicolons, BOM, æøå and a quoted ";" in a name', async () => {
    expect([...egeskov.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const file = await readPeopleFile(egeskov);
    expect(file.errors).toEqual([]);
    expect(file.warnings).toEqual([]);
    expect(file.format).toBe('csv');
    expect(file.headers[0]).toBe('person_id');
    expect(file.people).toHaveLength(16);
    expect(file.people[0]).toEqual({ line: 2, personId: '1001', name: 'Birgitte Ravn', email: 'bira@egeskov.dk', managerId: null, faggruppe: 'administration', unitName: 'Direktionen' });
    expect(file.people.find((p) => p.personId === '1005')).toMatchObject({ name: 'Sørensen; Lise', unitName: 'Børnehuset Mælkebøtten', faggruppe: 'pædagog' });
    expect(file.people.find((p) => p.personId === '1014')).toMatchObject({ faggruppe: 'SOSU-assistent', managerId: '1013', unitName: null });
  });

  it('reads commas without a BOM and keeps true line numbers past a quoted line break', async () => {
    const text = 'person_id,name,email,manager_id\n1,"Anna\nBerg",a@x.dk,\n\n2,Bo,b@x.dk,7\n';
    const file = await readPeopleFile(utf8(text));
    expect(file.people.map((p) => [p.line, p.name])).toEqual([[2, 'Anna Berg'], [5, 'Bo']]);
    expect(file.errors).toMatchObject([{ line: 5, column: 'manager_id', code: 'people.managerNotInFile', params: { managerId: '7' }, message: expect.stringContaining('"7" is not a person_id in this file') }]);
  });

  it('takes the separator from the header, so a small comma file whose values hold ";" is read right', async () => {
    const text = 'person_id,name,email,manager_id,faggruppe,unit_name\nA,"Æ; Ø",,,,"Hjemmeplejen Nord; Øst"\na,"A; Ø",,,,"Hjemmeplejen Nord; Øst"\n';
    const file = await readPeopleFile(utf8(text));
    expect(file.errors).toEqual([]);
    expect(file.people.map((p) => [p.personId, p.name, p.unitName])).toEqual([['A', 'Æ; Ø', 'Hjemmeplejen Nord; Øst'], ['a', 'A; Ø', 'Hjemmeplejen Nord; Øst']]);
  });

  it('reads a Windows-1252 file and says so', async () => {
    const bytes = Uint8Array.from([...utf8('person_id;name;email;manager_id\n1;S'), 0xf8, ...utf8('ren;s@x.dk;\n')]);
    const file = await readPeopleFile(bytes);
    expect(file.people[0]?.name).toBe('Søren');
    expect(file.warnings[0]?.message).toMatch(/not UTF-8.*Windows-1252/);
  });

  it('reads XLSX with numeric ids, hyperlinked emails and æøå', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Medarbejdere');
    sheet.addRow(['person_id', 'name', 'email', 'manager_id', 'faggruppe', 'unit_name']);
    sheet.addRow([1001, 'Birgitte Ravn', { text: 'bira@egeskov.dk', hyperlink: 'mailto:bira@egeskov.dk' }, null, 'Administration', 'Direktionen']);
    sheet.addRow([]);
    sheet.addRow([1002, 'Ole Kjærgaard', 'okj@egeskov.dk', 1001, 'lærer', 'Ågade Skole']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = await readPeopleFile(bytes);
    expect(file.format).toBe('xlsx');
    expect(file.errors).toEqual([]);
    expect(file.people).toEqual([
      { line: 2, personId: '1001', name: 'Birgitte Ravn', email: 'bira@egeskov.dk', managerId: null, faggruppe: 'administration', unitName: 'Direktionen' },
      { line: 4, personId: '1002', name: 'Ole Kjærgaard', email: 'okj@egeskov.dk', managerId: '1001', faggruppe: 'lærer', unitName: 'Ågade Skole' },
    ]);
  });

  it('skips an empty first worksheet, reads formula results, and refuses a broken XLSX with what to do', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Forside');
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['person_id', 'name', 'email', 'manager_id']);
    sheet.addRow(['P1', { formula: '"Åse "&"Holm"', result: 'Åse Holm' }, 'aho@x.dk', null]);
    const file = await readPeopleFile(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(file.people).toEqual([{ line: 2, personId: 'P1', name: 'Åse Holm', email: 'aho@x.dk', managerId: null, faggruppe: null, unitName: null }]);
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(readPeopleFile(broken)).rejects.toThrow(/looks like XLSX but could not be read .*save it again as \.xlsx or as CSV UTF-8/);
  });

  it('refuses the old .xls format with what to do instead', async () => {
    await expect(readPeopleFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(/old Excel \.xls format; save it as \.xlsx/);
  });
});

describe('mapping columns', () => {
  it('recognises Danish header names on its own', async () => {
    const file = await readPeopleFile(utf8('Medarbejdernr;Navn;E-mail;Leder-id;Faggruppe;Enhed\n1;Anna;a@x.dk;;Lærer;Skolen\n'));
    expect(file.mapping).toEqual({ person_id: 'Medarbejdernr', name: 'Navn', email: 'E-mail', manager_id: 'Leder-id', faggruppe: 'Faggruppe', unit_name: 'Enhed' });
    expect(file.people[0]).toMatchObject({ personId: '1', faggruppe: 'lærer', unitName: 'Skolen' });
  });

  it('asks for a mapping when it cannot tell, and uses the one it is given', async () => {
    const bytes = utf8('Nr;Fuldt navn;Adresse;Chef\n1;Anna;a@x.dk;\n2;Bo;b@x.dk;1\n');
    const unmapped = await readPeopleFile(bytes);
    expect(unmapped.missingColumns).toEqual(['person_id', 'email', 'manager_id']);
    expect(unmapped.errors[0]?.message).toBe('No column is mapped to person_id. The file\'s columns are "Nr", "Fuldt navn", "Adresse", "Chef": choose the one that holds person_id, or add a column named person_id.');
    expect(unmapped.people).toEqual([]);
    const mapped = await readPeopleFile(bytes, { mapping: { person_id: 'Nr', email: 'Adresse', manager_id: 'Chef' } });
    expect(mapped.errors).toEqual([]);
    expect(mapped.people.map((p) => [p.personId, p.name, p.managerId])).toEqual([['1', 'Anna', null], ['2', 'Bo', '1']]);
  });

  it('ignores a remembered header the new file no longer has', async () => {
    const file = await readPeopleFile(utf8('person_id;name;email;manager_id\n1;A;a@x.dk;\n'), { mapping: { person_id: 'Nr' } });
    expect(file.mapping.person_id).toBe('person_id');
    expect(file.errors).toEqual([]);
  });
});
