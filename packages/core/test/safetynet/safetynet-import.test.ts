import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@spejl/db/testing';
import type { SpejlDatabase } from '@spejl/db';
import { applyPeopleImport, previewPeopleImport, type PeopleUpload } from '../../src/hierarchy/people-import.ts';
import { listImports } from '../../src/hierarchy/import-history.ts';
import { loadPeople } from '../../src/hierarchy/people-store.ts';
import { CLI, newTenant } from '../hierarchy/hierarchy-db.ts';
import { PAIR } from './pair-fixture.ts';
import { tablesHolding } from './stored-text.ts';

const UPLOAD: PeopleUpload = { fileName: PAIR.employees.fileName, bytes: PAIR.employees.bytes, units: PAIR.units, asOf: '2026-12-07' };
/** What the pair holds that Spejl must never store: every CPR number, every Brugernavn, and start and end dates. */
const NEVER_STORED = ['0101701111', '0404744444', '1503751515', '1402741414', 'BRAV', 'MSTO', 'JFRI', '01-01-2010', '2015-08-01', '31-05-2020', '2099-12-31'];

describe.each(testEngines())('SafetyNet import on $name', (engine) => {
  let handle: SpejlDatabase;
  beforeAll(async () => { handle = await engine.open(); });
  afterAll(() => handle?.close());

  it('previews without writing, then imports the pair as people', async () => {
    const t = await newTenant(handle, 'safetynet-a');
    const preview = await t.run((tx) => previewPeopleImport(tx, UPLOAD));
    expect(preview).toMatchObject({ fileName: 'enheder.csv + medarbejdere.csv', rows: 14, errors: [] });
    expect(preview.counts).toEqual({ added: 14, moved: 0, renamed: 0, updated: 0, left: 0, unchanged: 0 });
    expect(await t.run(loadPeople)).toEqual([]);
    const result = await t.run((tx) => applyPeopleImport(tx, UPLOAD, { ...CLI, token: preview.token! }));
    expect(result.counts.added).toBe(14);
    const people = new Map((await t.run(loadPeople)).map((p) => [p.personId, p]));
    expect(people.get('1015')).toMatchObject({ name: 'Mia Storm', managerId: '1004', email: 'mst@egeskov.dk', faggruppe: 'lærer' });
    expect(people.get('1010')).toMatchObject({ unitName: 'Hjemmeplejen Nord', unitCode: '121' });
    expect(await t.run((tx) => listImports(tx))).toMatchObject([{ fileName: 'enheder.csv + medarbejdere.csv', rows: 14 }]);
  });

  it('never stores a CPR number, a Brugernavn or a date of the pair', async () => {
    const t = await newTenant(handle, 'safetynet-b');
    await t.run((tx) => applyPeopleImport(tx, UPLOAD, CLI));
    const found = await t.run((tx) => tablesHolding(tx, t.id, NEVER_STORED));
    expect(found).toEqual([]);
    // The search does find what is stored, so an empty answer means something.
    expect(await t.run((tx) => tablesHolding(tx, t.id, ['mst@egeskov.dk']))).toContain('people: mst@egeskov.dk');
  });

  it('imports nothing from a pair with a bad row, naming the file and line', async () => {
    const t = await newTenant(handle, 'safetynet-c');
    const bad = new TextEncoder().encode(new TextDecoder().decode(PAIR.employees.bytes).replace('1012;1212721212;Eva;Juhl;eju@egeskov.dk;130', '1012;1212721212;Eva;Juhl;eju@egeskov.dk;999'));
    await expect(t.run((tx) => applyPeopleImport(tx, { ...UPLOAD, bytes: bad }, CLI))).rejects.toMatchObject({
      kind: 'BAD_INPUT', issues: [{ file: 'medarbejdere.csv', line: 13, column: 'Afdelingskode', code: 'safetynet.unitUnknown' }],
    });
    expect(await t.run(loadPeople)).toEqual([]);
  });

  it('a later pair marks the leavers and keeps the tenant\'s remembered mapping', async () => {
    const t = await newTenant(handle, 'safetynet-d');
    await t.run((tx) => applyPeopleImport(tx, UPLOAD, CLI));
    const later = await t.run((tx) => previewPeopleImport(tx, { ...UPLOAD, asOf: '2100-01-01' }));
    expect(later.counts).toMatchObject({ left: 1, added: 0 });
    expect(later.samples?.left.map((p) => p.personId)).toEqual(['1015']);
    const remembered = await t.run((tx) => tx.selectFrom('people_import_settings').select('column_mapping').executeTakeFirst());
    expect(remembered).toBeUndefined();
  });
});
