import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@spejl/db/testing';
import type { SpejlDatabase } from '@spejl/db';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { listImports } from '../../src/hierarchy/import-history.ts';
import { setExempt } from '../../src/hierarchy/people-edits.ts';
import { peopleToCsv } from '../../src/hierarchy/people-export.ts';
import { applyPeopleImport, previewPeopleImport } from '../../src/hierarchy/people-import.ts';
import { loadPeople } from '../../src/hierarchy/people-store.ts';
import { getPerson, listReports } from '../../src/hierarchy/people-tree.ts';
import { CLI, EGESKOV, egeskovWith, newTenant } from './hierarchy-db.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(testEngines())('people import on $name', (engine) => {
  let handle: SpejlDatabase;
  beforeAll(async () => { handle = await engine.open(); });
  afterAll(() => handle?.close());

  it('imports the Egeskov file and shows its leadership chain', async () => {
    const t = await newTenant(handle, 'egeskov-a');
    const result = await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    expect(result.counts).toEqual({ added: 16, moved: 0, renamed: 0, updated: 0, left: 0, unchanged: 0 });
    const tops = await t.run((tx) => listReports(tx, null));
    expect(tops.map((p) => [p.name, p.directReports])).toEqual([['Birgitte Ravn', 2]]);
    const ole = await t.run((tx) => getPerson(tx, '1002'));
    expect(ole.manager).toEqual({ personId: '1001', name: 'Birgitte Ravn' });
    expect(ole.reports.map((r) => r.name)).toEqual(['Mads Bæk', 'Sørensen; Lise']);
    expect(ole.chainSize).toBe(9);
    const history = await t.run((tx) => listImports(tx));
    expect(history).toMatchObject([{ actor: 'test', source: 'cli', fileName: 'egeskov.csv', format: 'csv', rows: 16, added: 16 }]);
  });

  it('shows a correct diff on re-import: new, moved, renamed, updated, left', async () => {
    const t = await newTenant(handle, 'egeskov-b');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    const next = egeskovWith({
      '1006': '1006;Jens Lund;jlu@egeskov.dk;1005;lærer;',
      '1007': '1007;Karen Dahl-Østergaard;kda@egeskov.dk;1004;lærer;',
      '1008': '1008;Poul Møller;poul.moller@egeskov.dk;1004;lærer;',
      '1016': null,
    }, ['1017;Åge Holm;aho@egeskov.dk;1013;SOSU-assistent;']);
    const preview = await t.run((tx) => previewPeopleImport(tx, { fileName: 'next.csv', bytes: bytes(next) }));
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ added: 1, moved: 1, renamed: 1, updated: 1, left: 1, unchanged: 12 });
    expect(preview.samples?.added.map((p) => p.name)).toEqual(['Åge Holm']);
    expect(preview.samples?.left.map((p) => p.name)).toEqual(['Jørgen Friis']);
    const moved = preview.samples?.changed.find((c) => c.moved);
    expect([moved?.before.managerId, moved?.after.managerId]).toEqual(['1004', '1005']);
    expect(preview.samples?.names).toMatchObject({ '1004': 'Mads Bæk', '1005': 'Sørensen; Lise' });
    expect(await t.run(loadPeople)).toHaveLength(16);

    // Two of 16 people leave or move: 12.5 %, past the default 10 %, so this import is confirmed.
    expect(preview.largeChange).toMatchObject({ left: 1, moved: 1, people: 16, needsConfirmation: true });
    const applied = await t.run((tx) => applyPeopleImport(tx, { fileName: 'next.csv', bytes: bytes(next) }, { ...CLI, token: preview.token!, confirmLargeChange: true }));
    expect(applied.counts).toEqual(preview.counts);
    const people = new Map((await t.run(loadPeople)).map((p) => [p.personId, p]));
    expect(people.size).toBe(16);
    expect(people.get('1006')?.managerId).toBe('1005');
    expect(people.get('1007')?.name).toBe('Karen Dahl-Østergaard');
    expect(people.get('1008')?.email).toBe('poul.moller@egeskov.dk');
    expect(people.has('1016')).toBe(false);
    expect(people.get('1017')?.faggruppe).toBe('SOSU-assistent');
    expect((await t.run((tx) => listImports(tx))).map((h) => h.fileName)).toEqual(['next.csv', 'egeskov.csv']);
  });

  it('round-trips: export → import changes nothing, and exempt marks survive re-imports', async () => {
    const t = await newTenant(handle, 'egeskov-c');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    await t.run((tx) => setExempt(tx, '1013', true, 'ny leder'));
    const exported = peopleToCsv(await t.run(loadPeople));
    const preview = await t.run((tx) => previewPeopleImport(tx, { fileName: 'export.csv', bytes: bytes(exported) }));
    expect(preview.counts).toEqual({ added: 0, moved: 0, renamed: 0, updated: 0, left: 0, unchanged: 16 });
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'export.csv', bytes: bytes(exported) }, CLI));
    const grethe = await t.run((tx) => getPerson(tx, '1013'));
    expect([grethe.exempt, grethe.exemptReason]).toEqual([true, 'ny leder']);
  });

  it('lets two people swap email addresses in one import', async () => {
    const t = await newTenant(handle, 'egeskov-d');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    const swapped = egeskovWith({ '1006': '1006;Jens Lund;kda@egeskov.dk;1004;lærer;', '1007': '1007;Karen Dahl;jlu@egeskov.dk;1004;lærer;' });
    const result = await t.importText(swapped);
    expect(result.counts.updated).toBe(2);
    const people = new Map((await t.run(loadPeople)).map((p) => [p.personId, p.email]));
    expect([people.get('1006'), people.get('1007')]).toEqual(['kda@egeskov.dk', 'jlu@egeskov.dk']);
  });

  it('remembers the column mapping for the next upload', async () => {
    const t = await newTenant(handle, 'mapping');
    const file = 'Nr;Fuldt navn;Adresse;Chef\n1;Anna Ærø;anna@x.dk;\n2;Bo Øst;bo@x.dk;1\n';
    await t.importText(file, { mapping: { person_id: 'Nr', name: 'Fuldt navn', email: 'Adresse', manager_id: 'Chef' } });
    const preview = await t.run((tx) => previewPeopleImport(tx, { fileName: 'again.csv', bytes: bytes(file) }));
    expect(preview.missingColumns).toEqual([]);
    expect(preview.mapping).toMatchObject({ person_id: 'Nr', manager_id: 'Chef' });
    expect(preview.counts?.unchanged).toBe(2);
  });

  it("knows the faggrupper the tenant's framing gives examples for, besides the standard ones", async () => {
    const t = await newTenant(handle, 'framed');
    const file = 'person_id;name;email;manager_id;faggruppe\n1;Anna;a@x.dk;;Tandplejer\n2;Bo;b@x.dk;1;Kantine\n';
    const before = await t.run((tx) => previewPeopleImport(tx, { fileName: 'p.csv', bytes: bytes(file) }));
    expect(before.warnings.map((w) => w.message.slice(0, 30))).toEqual(['The faggruppe "Tandplejer" is ', 'The faggruppe "Kantine" is not']);
    await t.run((tx) => tx.insertInto('tenant_framing').values({ tenant_id: t.id, default_example: 'null', faggruppe_examples: JSON.stringify([{ faggruppe: 'tandplejer', example: { da: 'børn og forældre' } }]) }).execute());
    const after = await t.run((tx) => previewPeopleImport(tx, { fileName: 'p.csv', bytes: bytes(file) }));
    expect(after.warnings.map((w) => w.message.slice(0, 30))).toEqual(['The faggruppe "Kantine" is not']);
  });

  it('refuses to apply when the people changed since the preview', async () => {
    const t = await newTenant(handle, 'stale');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
    const next = egeskovWith({ '1016': null });
    const preview = await t.run((tx) => previewPeopleImport(tx, { fileName: 'next.csv', bytes: bytes(next) }));
    await t.importText(egeskovWith({ '1015': null }));
    const attempt = t.run((tx) => applyPeopleImport(tx, { fileName: 'next.csv', bytes: bytes(next) }, { ...CLI, token: preview.token! }));
    await expect(attempt).rejects.toMatchObject({ kind: 'CONFLICT', message: expect.stringContaining('Preview the file again') });
    expect(await t.run(loadPeople)).toHaveLength(15);
    // Another file with the very same counts is not the diff the admin saw either.
    const fresh = await t.run((tx) => previewPeopleImport(tx, { fileName: 'next.csv', bytes: bytes(egeskovWith({ '1016': null })) }));
    const other = egeskovWith({ '1014': null });
    expect((await t.run((tx) => previewPeopleImport(tx, { fileName: 'other.csv', bytes: bytes(other) }))).counts).toEqual(fresh.counts);
    const swap = t.run((tx) => applyPeopleImport(tx, { fileName: 'next.csv', bytes: bytes(other) }, { ...CLI, token: fresh.token! }));
    await expect(swap).rejects.toMatchObject({ kind: 'CONFLICT' });
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'next.csv', bytes: bytes(egeskovWith({ '1016': null })) }, { ...CLI, token: fresh.token! }));
    expect(await t.run(loadPeople)).toHaveLength(15);
    // A unit code changed since the preview (another import) is a change to the people too.
    const again = egeskovWith({ '1015': null });
    const coded = await t.run((tx) => previewPeopleImport(tx, { fileName: 'again.csv', bytes: bytes(again) }));
    await t.run((tx) => tx.updateTable('people').set({ unit_code: 'BU-1' }).where('person_id', '=', '1002').execute());
    const recoded = t.run((tx) => applyPeopleImport(tx, { fileName: 'again.csv', bytes: bytes(again) }, { ...CLI, token: coded.token! }));
    await expect(recoded).rejects.toMatchObject({ kind: 'CONFLICT' });
  });

  describe('rejects every validation error with its message and changes nothing', () => {
    const cases: [string, string, RegExp][] = [
      ['a duplicate person_id', egeskovWith({}, ['1004;Anden Mads;anden@egeskov.dk;1002;lærer;']), /line 18, column person_id: The person_id "1004" is also on line 5/],
      ['an unknown manager_id', egeskovWith({ '1006': '1006;Jens Lund;jlu@egeskov.dk;P0932;lærer;' }), /line 7, column manager_id: "P0932" is not a person_id in this file/],
      ['a person who is their own manager', egeskovWith({ '1006': '1006;Jens Lund;jlu@egeskov.dk;1006;lærer;' }), /line 7, column manager_id: 1006 \(Jens Lund\) is their own manager/],
      ['a cycle', egeskovWith({ '1002': '1002;Ole Kjærgaard;okj@egeskov.dk;1004;administration;Børn og Unge' }), /line 3, column manager_id: The managers form a cycle.*1002 \(Ole Kjærgaard\) → 1004 \(Mads Bæk\) → 1002 \(Ole Kjærgaard\)/],
      ['a missing name', egeskovWith({ '1006': '1006;;jlu@egeskov.dk;1004;lærer;' }), /line 7, column name: The name is empty/],
      ['a malformed email', egeskovWith({ '1006': '1006;Jens Lund;jlu(at)egeskov.dk;1004;lærer;' }), /line 7, column email: "jlu\(at\)egeskov.dk" is not a valid email address/],
      ['a duplicate email', egeskovWith({ '1006': '1006;Jens Lund;KDA@egeskov.dk;1004;lærer;' }), /line 8, column email: The email address "kda@egeskov.dk" is also used by 1006 \(Jens Lund\) on line 7/],
    ];
    it.each(cases)('%s', async (_, file, expected) => {
      const t = await newTenant(handle, `bad-${Math.random().toString(36).slice(2, 8)}`);
      await t.run((tx) => applyPeopleImport(tx, { fileName: 'egeskov.csv', bytes: EGESKOV }, CLI));
      const before = await t.run(loadPeople);
      const error = await t.importText(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpejlError);
      const spejl = error as SpejlError;
      expect(spejl.kind).toBe('BAD_INPUT');
      expect(spejl.message).toMatch(/^people\.csv has 1 problem, so nothing was imported/);
      expect(spejl.issues.map((i) => `line ${i.line}, column ${i.column}: ${i.message}`).join('\n')).toMatch(expected);
      expect(await t.run(loadPeople)).toEqual(before);
      expect(await t.run((tx) => listImports(tx))).toHaveLength(1);
    });
  });
});
