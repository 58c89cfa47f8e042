import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@spejl/db/testing';
import type { SpejlDatabase } from '@spejl/db';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';
import { peopleToCsv } from '../../src/hierarchy/people-export.ts';
import { applyPeopleImport, previewPeopleImport } from '../../src/hierarchy/people-import.ts';
import { loadPeople } from '../../src/hierarchy/people-store.ts';
import type { PersonRecord } from '../../src/hierarchy/person.ts';
import { suggestReading } from '../../src/hierarchy/table-reading.ts';
import { CLI, EGESKOV, newTenant } from './hierarchy-db.ts';
import { randomForest } from './random-trees.ts';

const utf8 = (lines: readonly string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
const strip = ({ personId, name, email, managerId, faggruppe, unitName }: PersonRecord): PersonRecord => ({ personId, name, email, managerId, faggruppe, unitName });
/** The Egeskov file's lines: `;`-separated, one name holding a quoted `;`. */
const LINES = EGESKOV.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
/** Each line quoted as a whole, its own quotes doubled: what Excel saves after CSV text was pasted into column A. */
const quotedWhole = (lines: readonly string[]) => lines.map((l) => `"${l.replace(/"/g, '""')}"`);

describe('a file read as one column is offered the reading that gives it its columns', () => {
  it('offers | for a |-separated file, and reads it with | when asked', async () => {
    const piped = utf8(['person_id|name|email|manager_id', '1|Søren Ærø|s@egeskov.dk|', '2|Bente Ørsted|b@egeskov.dk|1']);
    const guessed = await readPeopleFile(piped);
    expect(guessed.headers).toEqual(['person_id|name|email|manager_id']);
    // One message about the separator, not three "no column is mapped to …" on top of it.
    expect(guessed.errors.map((e) => e.code)).toEqual(['file.otherSeparator']);
    expect(guessed.suggestedReading).toEqual({ delimiter: '|' });
    const read = await readPeopleFile(piped, { reading: guessed.suggestedReading! });
    expect(read).toMatchObject({ errors: [], suggestedReading: null, headers: ['person_id', 'name', 'email', 'manager_id'] });
    expect(read.people.map((p) => [p.personId, p.name, p.managerId])).toEqual([['1', 'Søren Ærø', null], ['2', 'Bente Ørsted', '1']]);
  });

  it('offers to unquote a file whose every line is quoted whole, keeping a quoted ; inside a name', async () => {
    const quoted = utf8(quotedWhole(LINES));
    const guessed = await readPeopleFile(quoted);
    expect(guessed.errors.map((e) => e.code)).toEqual(['file.oneColumn']);
    expect(guessed.suggestedReading).toEqual({ delimiter: ';', unquoteLines: true });
    const read = await readPeopleFile(quoted, { reading: guessed.suggestedReading! });
    expect(read.errors).toEqual([]);
    expect(read.people.map(strip)).toEqual((await readPeopleFile(EGESKOV)).people.map(strip));
    expect(read.people.find((p) => p.personId === '1005')?.name).toBe('Sørensen; Lise');
  });

  it('offers a tab or a | even when every line is quoted whole as well', async () => {
    expect(suggestReading(quotedWhole(['person_id|name', '1|Anna']).join('\n'))).toEqual({ delimiter: '|', unquoteLines: true });
    expect(suggestReading('person_id\tname\n1\tAnna\n')).toEqual({ delimiter: '\t' });
  });

  it('offers the file\'s own separator when a wrong one was chosen, and nothing for a file of one real column', async () => {
    const chosenWrong = await readPeopleFile(EGESKOV, { reading: { delimiter: '|' } });
    expect(chosenWrong.suggestedReading).toEqual({ delimiter: ';' });
    expect(suggestReading('person_id\n1\n2\n')).toBeNull();
    expect((await readPeopleFile(EGESKOV)).suggestedReading).toBeNull();
  });

  it('reads back any valid tree written with | or tab, quoted whole or not, under the reading it suggests', async () => {
    await fc.assert(
      fc.asyncProperty(randomForest(), fc.constantFrom('|', '\t'), fc.boolean(), async (people, separator, wholeLines) => {
        const lines = peopleToCsv(people, { separator: ';', bom: false }).trimEnd().split(/\r?\n/).map((l) => splitSemicolons(l).join(separator));
        const text = (wholeLines ? quotedWhole(lines) : lines).join('\n');
        const suggested = suggestReading(text);
        // A tab file is guessed right without help; a quoted one or a | one needs the reading.
        const file = await readPeopleFile(new TextEncoder().encode(text), { reading: suggested ?? {} });
        expect(file.errors).toEqual([]);
        expect(file.people.map(strip)).toEqual(people);
      }),
      { numRuns: 100 },
    );
  });
});

/** Re-separates a `;` line written by peopleToCsv, keeping its quoted values (which may hold `;`) intact. */
function splitSemicolons(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...cells, cell];
}

describe.each(testEngines())('importing under a chosen reading on $name', (engine) => {
  let handle: SpejlDatabase;
  beforeAll(async () => { handle = await engine.open(); });
  afterAll(() => handle?.close());

  it('previews and applies a | file under the reading the admin chose; the preview of one reading does not apply another', async () => {
    const t = await newTenant(handle, 'reading-a');
    const upload = { fileName: 'piped.csv', bytes: utf8(LINES.map((l) => splitSemicolons(l).join('|'))) };
    const guessed = await t.run((tx) => previewPeopleImport(tx, upload));
    expect(guessed).toMatchObject({ counts: null, token: null, reading: {}, suggestedReading: { delimiter: '|' } });
    const preview = await t.run((tx) => previewPeopleImport(tx, { ...upload, reading: { delimiter: '|' } }));
    expect(preview).toMatchObject({ errors: [], reading: { delimiter: '|' }, counts: { added: 16 } });
    await expect(t.run((tx) => applyPeopleImport(tx, upload, { ...CLI, token: preview.token! }))).rejects.toMatchObject({ kind: 'BAD_INPUT' });
    await t.run((tx) => applyPeopleImport(tx, { ...upload, reading: { delimiter: '|' } }, { ...CLI, token: preview.token! }));
    expect((await t.run(loadPeople)).find((p) => p.personId === '1005')?.name).toBe('Sørensen; Lise');
  });
});
