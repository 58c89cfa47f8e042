import { describe, expect, it } from 'vitest';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';

const HEADER = 'person_id;name;email;manager_id;faggruppe;unit_name';

async function read(...lines: string[]) {
  return readPeopleFile(new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`));
}

describe('validating the people file', () => {
  it('accepts several tops (separate chains)', async () => {
    const file = await read('1;Anna;a@x.dk;;;', '2;Bo;b@x.dk;;;', '3;Cai;c@x.dk;2;;');
    expect(file.errors).toEqual([]);
  });

  it('names a duplicate person_id and the line it repeats', async () => {
    const file = await read('1;Anna;a@x.dk;;;', '1;Bo;b@x.dk;;;');
    expect(file.errors).toMatchObject([{ line: 3, column: 'person_id', code: 'people.duplicateId', message: 'The person_id "1" is also on line 2. Every person needs their own id.' }]);
  });

  it('names an unknown manager_id', async () => {
    const file = await read('1;Anna;a@x.dk;;;', '2;Bo;b@x.dk;P0932;;');
    expect(file.errors).toMatchObject([{ line: 3, column: 'manager_id', code: 'people.managerNotInFile', message: '"P0932" is not a person_id in this file. Give the person_id of 2 (Bo)\'s manager, or leave it empty for a top leader.' }]);
  });

  it('names a person who is their own manager', async () => {
    const file = await read('1;Anna;a@x.dk;1;;');
    expect(file.errors).toMatchObject([{ line: 2, column: 'manager_id', code: 'people.ownManagerInFile', message: '1 (Anna) is their own manager. Leave manager_id empty for a top leader, or give the id of their real manager.' }]);
  });

  it('names every person on a cycle, starting with the earliest line', async () => {
    const file = await read('1;Anna;a@x.dk;;;', '2;Bo;b@x.dk;4;;', '3;Cai;c@x.dk;2;;', '4;Dorte;d@x.dk;3;;', '5;Eik;e@x.dk;4;;');
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]).toMatchObject({ line: 3, column: 'manager_id' });
    expect(file.errors[0]?.message).toContain('managers form a cycle');
    expect(file.errors[0]?.code).toBe('people.cycle');
    expect(file.errors[0]?.message).toContain('2 (Bo) → 4 (Dorte) → 3 (Cai) → 2 (Bo)');
    expect(file.errors[0]?.message).not.toContain('5 (Eik)');
  });

  it('names a missing name', async () => {
    const file = await read('1;  ;a@x.dk;;;');
    expect(file.errors).toMatchObject([{ line: 2, column: 'name', code: 'people.nameEmpty', message: 'The name is empty. Every person needs a name.' }]);
  });

  it('names a missing person_id', async () => {
    const file = await read(';Anna;a@x.dk;;;');
    expect(file.errors).toMatchObject([{ line: 2, column: 'person_id', code: 'people.idEmpty', message: 'The person_id is empty. Every person needs the id the HR system knows them by.' }]);
  });

  it('names a malformed email', async () => {
    const file = await read('1;Anna;anna@kommune;;;', '2;Bo;bo@@x.dk;1;;', '3;Cai;søren@kommune.dk;1;;');
    expect(file.errors).toMatchObject([
      { line: 2, column: 'email', code: 'people.emailInvalid', message: '"anna@kommune" is not a valid email address. Write it like navn@kommune.dk.' },
      { line: 3, column: 'email', code: 'people.emailInvalid', message: '"bo@@x.dk" is not a valid email address. Write it like navn@kommune.dk.' },
    ]);
  });

  it('names a duplicate email regardless of case', async () => {
    const file = await read('1;Anna;a@x.dk;;;', '2;Bo;A@X.dk;1;;');
    expect(file.errors).toMatchObject([{ line: 3, column: 'email', code: 'people.duplicateEmail', message: 'The email address "A@X.dk" is also used by 1 (Anna) on line 2. Each person needs their own email address.' }]);
  });

  it('warns about an unknown faggruppe once per value, and imports it', async () => {
    const file = await read('1;Anna;a@x.dk;;Lærere;', '2;Bo;b@x.dk;1;Lærere;', '3;Cai;c@x.dk;1;LÆRER;');
    expect(file.errors).toEqual([]);
    expect(file.warnings).toHaveLength(1);
    expect(file.warnings[0]).toMatchObject({ line: 2, column: 'faggruppe' });
    expect(file.warnings[0]?.message).toMatch(/^The faggruppe "Lærere" is not known \(lines 2, 3\)\. Those people get the general examples/);
    expect(file.people.map((p) => p.faggruppe)).toEqual(['Lærere', 'Lærere', 'lærer']);
  });

  it('warns once about people without an email', async () => {
    const file = await read('1;Anna;;;;', '2;Bo;;1;;');
    expect(file.errors).toEqual([]);
    expect(file.warnings).toMatchObject([{ line: 2, column: 'email', code: 'people.noEmail', message: '2 people have no email address (lines 2, 3). They cannot be invited by email.' }]);
  });

  it('names a row whose unquoted ";" shifted the columns', async () => {
    const file = await read('1;Sørensen; Lise;a@x.dk;;;');
    expect(file.errors[0]).toMatchObject({ line: 2, code: 'file.rowTooLong', message: 'the row has 7 values but the header has 6 columns: a value probably contains ";" without quotes around it' });
  });

  it('lists every problem at once, sorted by line', async () => {
    const file = await read('1;;a@x.dk;;;', '2;Bo;nope;9;;', '2;Cai;c@x.dk;;;');
    expect(file.errors.map((e) => [e.line, e.column])).toEqual([[2, 'name'], [3, 'email'], [3, 'manager_id'], [4, 'person_id']]);
  });

  it('refuses a header without people', async () => {
    const file = await read();
    expect(file.errors).toMatchObject([{ line: 2, code: 'file.noPeople', message: 'the file has a header but no people below it' }]);
  });
});
