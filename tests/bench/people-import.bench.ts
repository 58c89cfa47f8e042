import { randomUUID } from 'node:crypto';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { generateMunicipality } from '../../packages/core/src/demo/municipality.ts';
import {
  applyPeopleImport, freezeSnapshot, getPerson, listReports, peopleToCsv, previewPeopleImport, readPeopleFile, searchPeople,
  type ApplyOptions, type PersonRecord,
} from '../../packages/core/src/hierarchy/index.ts';
import { medianOf, timed, type BenchContext, type BenchFigure, type BenchModule } from './bench-module.ts';

const RUNS = 3;
// The re-imports reorganise thousands of people on purpose: confirmed, as an admin would.
const OPTIONS: ApplyOptions = { actor: { userId: null, label: 'bench' }, source: 'cli', confirmLargeChange: true };

/** A later HR export of the same organisation: ~5% moved, renamed, new email, left and new. */
function reorganised(people: readonly PersonRecord[]): PersonRecord[] {
  const managers = new Set(people.map((p) => p.managerId));
  const leaders = people.filter((p) => managers.has(p.personId)).map((p) => p.personId);
  const next = people.flatMap((p, i): PersonRecord[] => {
    const employee = !managers.has(p.personId);
    if (employee && i % 101 === 11) return [];
    return [{
      ...p,
      managerId: employee && i % 50 === 7 ? leaders[(i * 7919) % leaders.length]! : p.managerId,
      name: i % 97 === 3 ? `${p.name}-Ørsted` : p.name,
      email: i % 89 === 5 ? `ny.${p.email}` : p.email,
    }];
  });
  for (let k = 0; k < Math.ceil(people.length / 100); k++) {
    next.push({ personId: `N${k}`, name: `Ny Medarbejder ${k}`, email: `ny${k}@egeskov.dk`, managerId: leaders[(k * 31) % leaders.length]!, faggruppe: 'pædagog', unitName: null });
  }
  return next;
}

async function newTenant(db: Kysely<Database>, slug: string): Promise<string> {
  const row = await db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function run({ database, size }: BenchContext): Promise<BenchFigure[]> {
  const { db } = database;
  const people = generateMunicipality({ people: size.persons });
  const thousands = `${size.persons / 1000}k`; // '40k' on the large tenant, as the figures have always been named
  const first = new TextEncoder().encode(peopleToCsv(people));
  const second = new TextEncoder().encode(peopleToCsv(reorganised(people)));
  const shape = `${size.persons.toLocaleString('en')} rows, 8 deep, ';' + BOM, ${(first.length / 1e6).toFixed(1)} MB`;

  const reads = [];
  for (let i = 0; i < size.runs(RUNS); i++) reads.push((await timed(() => readPeopleFile(first))).ms);

  const fresh = [];
  const tenants: string[] = [];
  for (let i = 0; i < size.runs(RUNS); i++) {
    const tenant = await newTenant(db, `bench-${i}`);
    tenants.push(tenant);
    fresh.push((await timed(() => withTenant(db, tenant, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: first }, OPTIONS)))).ms);
  }
  const tenant = tenants[0]!;
  const preview = await timed(() => withTenant(db, tenant, (tx) => previewPeopleImport(tx, { fileName: 'people.csv', bytes: second })));
  const counts = preview.value.counts;
  const again = [];
  for (let i = 0; i < size.runs(RUNS); i++) {
    const bytes = i % 2 === 0 ? second : first;
    again.push((await timed(() => withTenant(db, tenant, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes }, OPTIONS)))).ms);
  }

  const freezes = [];
  for (let i = 0; i < size.runs(RUNS); i++) freezes.push((await timed(() => withTenant(db, tenant, (tx) => freezeSnapshot(tx, randomUUID())))).ms);
  const top = people[0]!.personId;
  const tops = await timed(() => withTenant(db, tenant, (tx) => listReports(tx, null)));
  const children = await timed(() => withTenant(db, tenant, (tx) => listReports(tx, top)));
  const search = await timed(() => withTenant(db, tenant, (tx) => searchPeople(tx, 'sør')));
  const detail = await timed(() => withTenant(db, tenant, (tx) => getPerson(tx, top)));

  return [
    { name: `people: read + validate ${thousands} file (no db)`, medianMs: medianOf(reads), note: shape },
    { name: `people import: ${thousands} new, read→commit`, medianMs: medianOf(fresh), targetMs: 5000, note: 'validation, diff and bulk unnest() inserts included' },
    { name: 'people import: preview of a re-import', medianMs: preview.ms, note: counts ? `diff: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}` : 'errors!' },
    { name: `people import: ${thousands} re-import, ~5% changed`, medianMs: medianOf(again), targetMs: 5000 },
    { name: `snapshot: freeze ${thousands} + closure table`, medianMs: medianOf(freezes), note: 'no DESIGN target; runs once per round launch' },
    { name: 'tree: tops of every chain', medianMs: tops.ms },
    { name: 'tree: direct reports of the top', medianMs: children.ms, note: `${children.value.length} reports` },
    { name: 'tree: search "sør"', medianMs: search.ms, note: `${search.value.length} hits with paths` },
    { name: 'tree: open the top leader (chain size)', medianMs: detail.ms, note: `chain of ${detail.value.chainSize.toLocaleString('en')}` },
  ];
}

/** The people bench: DESIGN.md's 40,000-person import into PostgreSQL, plus snapshot and tree figures. */
export default { name: 'people', run } satisfies BenchModule;
