import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase, type TenantTx } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { UPLOAD_LIMITS } from '../../src/files/upload-limits.ts';
import { applyPeopleImport, previewPeopleImport } from '../../src/hierarchy/people-import.ts';
import { importResponses } from '../../src/responses/index.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { CLI } from '../hierarchy/hierarchy-db.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';
import { deflatedPart, workbookOf, zipOf } from './generated-files.ts';

const PEOPLE = [['person_id', 'name', 'email', 'manager_id', 'faggruppe', 'unit_name'], ['1', 'Søren Ærø', 's@egeskov.dk', '', 'pædagog', 'Åbo'], ['2', 'Bente Ørsted', 'b@egeskov.dk', '1', 'lærer', 'Åbo']];
const RESPONSES = [['subject_id', 'rater_role', 'borgerorientering.kultur', 'borgerorientering.balance'], ['1004', 'employee', '4', 'dk'], ['1004', 'self', '5', '3']];

const encode = (text: string, encoding: string): Uint8Array => {
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return new Uint8Array(encoding === 'utf-16be' ? bytes.swap16() : bytes);
  }
  if (encoding === 'utf-16-no-bom') return new Uint8Array(Buffer.from(text, 'utf16le'));
  if (encoding === 'latin1') return new Uint8Array(Buffer.from(text, 'latin1'));
  return new TextEncoder().encode(text);
};

/** Rows of a table, now and then with a cell around the length limit or a formula. */
const tableArb = (base: string[][]) =>
  fc.array(fc.oneof(
    fc.constantFrom(...base.slice(1)),
    fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('=1+2', '@x', '-', '"', '\n', ';;', 'x'.repeat(UPLOAD_LIMITS.cellLength + 1))), { maxLength: 8 }),
  ), { maxLength: 6 }).map((rows) => [base[0]!, ...rows]);

const csvArb = (base: string[][]) =>
  fc.tuple(tableArb(base), fc.constantFrom(';', ',', '\t', '|'), fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16-no-bom', 'latin1'))
    .map(([rows, separator, encoding]) => encode(rows.map((r) => r.join(separator)).join('\r\n'), encoding));

const mutated = (bytesArb: fc.Arbitrary<Uint8Array>) =>
  fc.tuple(bytesArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat())
    .map(([bytes, flips, cut]) => {
      const copy = Uint8Array.from(bytes);
      for (const [at, value] of flips) if (copy.length) copy[at % copy.length] = value;
      return cut % 3 === 0 ? copy.subarray(0, cut % (copy.length + 1)) : copy;
    });

/** Every kind of file an attacker or a confused admin might upload. */
const uploadArb = (base: string[][]) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 2_000 }),
    csvArb(base),
    mutated(csvArb(base)),
    tableArb(base).map((rows) => workbookOf(rows)),
    mutated(fc.constant(workbookOf(base))),
    fc.constant(zipOf([deflatedPart('xl/worksheets/sheet1.xml', String.fromCharCode(...workbookOf(base)))])),
    fc.constant(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: workbookOf(base), deflated: false, declaredSize: workbookOf(base).length }])),
    fc.constant(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])),
  );

/** What an import may do with any bytes: succeed, or refuse with a SpejlError that says something. */
async function outcome(run: () => Promise<unknown>): Promise<'ok' | 'refused'> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    if (!(error instanceof SpejlError)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(5);
    return 'refused';
  }
}

describe.each(testEngines())('every file import, fed anything, on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const run = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, tenantId, fn);
  const count = async (table: 'people' | 'people_imports' | 'round_forms') => Number((await run((tx) => tx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())).n);

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'fuzz', name: 'Fuzz', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await run(async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Papir', themes: [{ id: 'borgerorientering' }], exemptLeaderIds: [] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY });
      // Files go only into a closed round; an open one would refuse every file before reading it.
      await closeRound(tx, round.id);
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('people: never a crash, never a partial write, always a message', async () => {
    await fc.assert(
      fc.asyncProperty(uploadArb(PEOPLE), async (bytes) => {
        const upload = { fileName: 'fuzz.csv', bytes };
        const preview = await run((tx) => previewPeopleImport(tx, upload)).catch((e: unknown) => e);
        if (!(preview instanceof SpejlError)) {
          expect(preview).toHaveProperty('errors');
          const { errors, warnings } = preview as { errors: { message: string }[]; warnings: { message: string }[] };
          for (const issue of [...errors, ...warnings]) expect(issue.message.length).toBeGreaterThan(5);
        }
        const before = [await count('people'), await count('people_imports')];
        if ((await outcome(() => run((tx) => applyPeopleImport(tx, upload, CLI)))) === 'refused') {
          expect([await count('people'), await count('people_imports')]).toEqual(before);
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 120_000);

  it('responses: never a crash, never a partial write, always a message', async () => {
    await fc.assert(
      fc.asyncProperty(uploadArb(RESPONSES), async (bytes) => {
        const before = await count('round_forms');
        if ((await outcome(() => run((tx) => importResponses(tx, tenantId, roundId, bytes, 'fuzz.csv')))) === 'refused') {
          expect(await count('round_forms')).toBe(before);
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 120_000);
});
