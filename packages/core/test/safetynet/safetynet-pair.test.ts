import { describe, expect, it } from 'vitest';
import { renderError } from '@spejl/error-catalogue';
import { readSafetyNetPair } from '../../src/safetynet/safetynet-pair.ts';
import { PAIR } from './pair-fixture.ts';

const text = (s: string) => new TextEncoder().encode(s);
const TODAY = '2026-12-07';
const EMPLOYEE_HEADER = 'Medarbejdernummer;CPR;Fornavn;Efternavn;Mail;Afdelingskode;Startdato;Slutdato;Leders medarbejdernummer;Brugernavn;Titel;Faggruppe';

describe('SafetyNet pair', () => {
  it('places every current employee under their leader, the unit above standing in for a missing one', async () => {
    const file = await readSafetyNetPair(PAIR, { today: TODAY });
    expect(file.errors).toEqual([]);
    const by = new Map(file.people.map((p) => [p.personId, p]));
    expect(by.has('1014')).toBe(false);
    expect(file.people).toHaveLength(14);
    expect(by.get('1001')).toMatchObject({ name: 'Birgitte Ravn', managerId: null, unitName: 'Egeskov Kommune', unitCode: '100', faggruppe: 'administration', line: 2 });
    expect(by.get('1002')).toMatchObject({ managerId: '1001', unitName: 'Børn og Unge', unitCode: '110' });
    expect(by.get('1004')).toMatchObject({ managerId: '1002', unitName: 'Skovbo Skole', email: 'mba@egeskov.dk' });
    expect(by.get('1010')).toMatchObject({ managerId: '1003', unitName: 'Hjemmeplejen Nord' });
    // No leader given: the leader of their own unit (1011), or of the unit above when theirs has none (1012, Stab).
    expect(by.get('1011')?.managerId).toBe('1010');
    expect(by.get('1012')).toMatchObject({ managerId: '1001', unitName: null });
    // Their named leader has left: the leader of the unit stands in.
    expect(by.get('1015')?.managerId).toBe('1004');
    expect(by.get('1005')).toMatchObject({ managerId: '1004', unitName: null, faggruppe: 'lærer' });
    expect(JSON.stringify(file)).not.toMatch(/0101701111|BRAV|2010/);
  });

  it('reports every problem with its file, line and column', async () => {
    const employees = `${EMPLOYEE_HEADER}\n1;x;A;B;a@x.dk;100;;;;;;\n2;x;C;D;c@x.dk;999;;31-02-2020;1;;;\n3;x;;;e@x.dk;100;;;1;;;\n`;
    const units = 'Afdelingsnavn;Afdelingskode;Forældreafdelingskode;Pnummer\nTop;100;;\nTop igen;100;;\nLøs;200;300;\n';
    const file = await readSafetyNetPair({ units: { fileName: 'u.csv', bytes: text(units) }, employees: { fileName: 'e.csv', bytes: text(employees) } }, { today: TODAY });
    expect(file.people).toEqual([]);
    expect(file.errors.map((e) => [e.file, e.line, e.column, e.code])).toEqual([
      ['u.csv', 3, 'Afdelingskode', 'safetynet.duplicateUnit'],
      ['e.csv', 3, 'Slutdato', 'safetynet.badDate'],
      ['e.csv', 3, 'Afdelingskode', 'safetynet.unitUnknown'],
      ['u.csv', 4, 'Forældreafdelingskode', 'safetynet.parentUnknown'],
      ['e.csv', 4, 'Fornavn', 'safetynet.nameMissing'],
    ]);
  });

  it('names a missing column and checks the people like any people file', async () => {
    const missing = await readSafetyNetPair({ units: PAIR.units, employees: { fileName: 'e.csv', bytes: text('Medarbejdernummer;Fornavn\n1;A\n') } }, { today: TODAY });
    expect(missing.errors.map((e) => e.column)).toEqual(['Efternavn', 'Mail', 'Afdelingskode', 'Slutdato', 'Leders medarbejdernummer']);
    expect(missing.errors[0]).toMatchObject({ file: 'e.csv', line: 1, code: 'safetynet.columnMissing' });
    // Which file of the pair is said in the reader's language, never as the English 'employee file'.
    const { code, params } = missing.errors[0]!;
    expect(renderError(code, params, 'da')).toMatch(/^Medarbejderfilen har ingen kolonne "Efternavn"\./);
    expect(renderError(code, params, 'en')).toMatch(/^the employee file has no column "Efternavn"/);
    const cycle = `${EMPLOYEE_HEADER}\n1;x;A;B;a@x.dk;100;;;2;;;\n2;x;C;D;a@x.dk;100;;;1;;;\n3;x;E;F;f@x.dk;100;;;77;;;\n`;
    const checked = await readSafetyNetPair({ units: PAIR.units, employees: { fileName: 'e.csv', bytes: text(cycle) } }, { today: TODAY });
    expect(checked.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'Leders medarbejdernummer', 'people.cycle'],
      [3, 'Mail', 'people.duplicateEmail'],
      [4, 'Leders medarbejdernummer', 'people.managerNotInFile'],
    ]);
  });
});
