import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@spejl/db/testing';
import type { SpejlDatabase } from '@spejl/db';
import { generateMunicipality } from '../../src/demo/municipality.ts';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { SAMPLE_SIZE } from '../../src/hierarchy/diff-samples.ts';
import { listImports } from '../../src/hierarchy/import-history.ts';
import { importSafety, saveImportSafety } from '../../src/hierarchy/import-settings.ts';
import { assessChange } from '../../src/hierarchy/large-change.ts';
import { peopleToCsv } from '../../src/hierarchy/people-export.ts';
import { applyPeopleImport, previewPeopleImport } from '../../src/hierarchy/people-import.ts';
import { loadPeople } from '../../src/hierarchy/people-store.ts';
import type { PersonRecord } from '../../src/hierarchy/person.ts';
import { CLI, newTenant } from './hierarchy-db.ts';

describe('when an import is large enough to need confirmation', () => {
  it.each([
    ['10 of 100 at 10 %: at the limit, not past it', 10, 0, 100, 10, false],
    ['11 of 100 at 10 %', 6, 5, 100, 10, true],
    ['320 left and 41 moved of 1,000', 320, 41, 1000, 10, true],
    ['1 of 11 at 10 % (9.1 %)', 1, 0, 11, 10, false],
    ['1 of 9 at 10 % (11.1 %)', 0, 1, 9, 10, true],
    ['a first import: nobody stored, nobody leaves', 0, 0, 0, 10, false],
    ['nothing leaves or moves', 0, 0, 500, 0, false],
    ['any move at 0 %', 0, 1, 40_000, 0, true],
    ['everyone leaving at 100 %', 500, 0, 500, 100, false],
  ])('%s', (_, left, moved, people, limit, needed) => {
    const change = assessChange({ left, moved }, people, limit);
    expect(change).toMatchObject({ left, moved, people, limitPercent: limit, needsConfirmation: needed });
    expect(change.share).toBe(people === 0 ? 0 : (left + moved) / people);
  });

  it('asks exactly when more than the limit leaves or moves, and asks for more whenever it asks for less', () => {
    fc.assert(
      fc.property(fc.nat(50_000), fc.nat(50_000), fc.nat(50_000), fc.integer({ min: 0, max: 100 }), (stayed, left, moved, limit) => {
        const people = stayed + left + moved;
        const change = assessChange({ left, moved }, people, limit);
        // The definition in exact rational arithmetic: (left + moved) / people > limit / 100.
        expect(change.needsConfirmation).toBe(people > 0 && BigInt(left + moved) * 100n > BigInt(limit) * BigInt(people));
        if (change.needsConfirmation) expect(assessChange({ left: left + 1, moved }, people + 1, limit).needsConfirmation).toBe(true);
        if (limit > 0 && change.needsConfirmation) expect(assessChange({ left, moved }, people, limit - 1).needsConfirmation).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe.each(testEngines())('confirming a large import on $name', (engine) => {
  let handle: SpejlDatabase;
  const people = generateMunicipality({ people: 1000, seed: 3 });
  const csv = (list: readonly PersonRecord[]) => new TextEncoder().encode(peopleToCsv(list));
  beforeAll(async () => { handle = await engine.open(); });
  afterAll(() => handle?.close());

  /** The municipality minus `leaving` people without reports, and `moving` people given another manager. */
  function reorganised(leaving: number, moving: number): { file: Uint8Array; gone: Set<string>; moved: Set<string> } {
    const managers = new Set(people.map((p) => p.managerId));
    const leaves = people.filter((p) => !managers.has(p.personId)).slice(0, leaving);
    const gone = new Set(leaves.map((p) => p.personId));
    const stays = people.filter((p) => !gone.has(p.personId));
    const top = people.find((p) => p.managerId === null)!;
    const movers = stays.filter((p) => p.managerId !== null && p.managerId !== top.personId && !managers.has(p.personId)).slice(0, moving);
    const moved = new Set(movers.map((p) => p.personId));
    return { file: csv(stays.map((p) => (moved.has(p.personId) ? { ...p, managerId: top.personId } : p))), gone, moved };
  }

  it('previews the numbers and every leaver and mover by name, then refuses to apply without confirmation and changes nothing', async () => {
    const t = await newTenant(handle, 'large-a');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'first.csv', bytes: csv(people) }, CLI));
    const { file, gone, moved } = reorganised(320, 41);
    const upload = { fileName: 'next.csv', bytes: file };
    const preview = await t.run((tx) => previewPeopleImport(tx, upload));
    expect(preview.largeChange).toEqual({ left: 320, moved: 41, people: 1000, share: 0.361, limitPercent: 10, needsConfirmation: true });
    // More than the 200 names of a sample: the whole list, for an admin to check before confirming.
    expect(preview.samples!.left.length).toBeGreaterThan(SAMPLE_SIZE);
    expect(new Set(preview.samples!.left.map((p) => p.personId))).toEqual(gone);
    expect(new Set(preview.samples!.moved.map((c) => c.after.personId))).toEqual(moved);
    const names = preview.samples!.left.map((p) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('da', { sensitivity: 'base', numeric: true }).compare));
    const someMove = preview.samples!.moved[0]!;
    expect(preview.samples!.names[someMove.before.managerId!]).toBeDefined();
    expect(preview.samples!.names[someMove.after.managerId!]).toBeDefined();

    const before = await t.run(loadPeople);
    const refused = await t.run((tx) => applyPeopleImport(tx, upload, { ...CLI, token: preview.token! })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SpejlError);
    expect(refused).toMatchObject({ kind: 'BAD_INPUT', issues: [{ code: 'people.largeChange', params: { left: 320, moved: 41, people: 1000, limit: 10 } }] });
    expect((refused as SpejlError).message).toMatch(/marks 320 of the 1000 people as having left and moves 41/);
    expect(await t.run(loadPeople)).toEqual(before);
    expect(await t.run((tx) => listImports(tx))).toHaveLength(1);

    const applied = await t.run((tx) => applyPeopleImport(tx, upload, { ...CLI, token: preview.token!, confirmLargeChange: true }));
    expect(applied.counts).toMatchObject({ left: 320, moved: 41 });
    expect(applied.largeChange.needsConfirmation).toBe(true);
    expect(await t.run(loadPeople)).toHaveLength(680);
  });

  it('applies a change within the limit without asking', async () => {
    const t = await newTenant(handle, 'large-b');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'first.csv', bytes: csv(people) }, CLI));
    const { file } = reorganised(60, 40);
    const preview = await t.run((tx) => previewPeopleImport(tx, { fileName: 'next.csv', bytes: file }));
    expect(preview.largeChange).toMatchObject({ left: 60, moved: 40, share: 0.1, needsConfirmation: false });
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'next.csv', bytes: file }, CLI));
    expect(await t.run(loadPeople)).toHaveLength(940);
  });

  it('follows the limit the tenant chose, in preview and when applying', async () => {
    const t = await newTenant(handle, 'large-c');
    await t.run((tx) => applyPeopleImport(tx, { fileName: 'first.csv', bytes: csv(people) }, CLI));
    expect(await t.run(importSafety)).toEqual({ largeChangePercent: 10 });
    const { file } = reorganised(200, 0);
    await t.run((tx) => saveImportSafety(tx, { largeChangePercent: 25 }));
    expect(await t.run(importSafety)).toEqual({ largeChangePercent: 25 });
    expect((await t.run((tx) => previewPeopleImport(tx, { fileName: 'next.csv', bytes: file }))).largeChange).toMatchObject({ limitPercent: 25, needsConfirmation: false });
    // Lowered between preview and apply: the server weighs the change again and asks.
    await t.run((tx) => saveImportSafety(tx, { largeChangePercent: 5 }));
    await expect(t.run((tx) => applyPeopleImport(tx, { fileName: 'next.csv', bytes: file }, CLI))).rejects.toMatchObject({ issues: [{ code: 'people.largeChange', params: { limit: 5 } }] });
    await expect(t.run((tx) => saveImportSafety(tx, { largeChangePercent: 101 }))).rejects.toThrow();
    await expect(t.run((tx) => saveImportSafety(tx, { largeChangePercent: 2.5 }))).rejects.toThrow();
    expect(await t.run(importSafety)).toEqual({ largeChangePercent: 5 });
    // The limit and the remembered column mapping live side by side: saving one keeps the other.
    await t.importText('Nr;Navn;Mail;Chef\n1;Anna;a@x.dk;\n', { mapping: { person_id: 'Nr', name: 'Navn', email: 'Mail', manager_id: 'Chef' } }, { ...CLI, confirmLargeChange: true });
    expect(await t.run(importSafety)).toEqual({ largeChangePercent: 5 });
  });
});
