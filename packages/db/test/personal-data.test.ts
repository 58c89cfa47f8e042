import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { SpejlDatabase } from '../src/index.ts';
import { readFileSync } from 'node:fs';
import { PERSONAL_DATA } from '../src/personal-data.ts';
import { PERSONAL_DATA_HEADING, personalDataMarkdown } from '../src/personal-data-markdown.ts';
import { testEngines } from '../src/testing/index.ts';

/*
 * The record of processing must name every table: a migration that adds a table without saying
 * whether it holds personal data (and, if it does, how long it is kept) fails here.
 */
describe.each(testEngines())('the personal data catalog on $name', (engine) => {
  let handle: SpejlDatabase;
  let tables: string[];

  beforeAll(async () => {
    handle = await engine.open();
    tables = (await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(handle.db)).rows.map((r) => r.name);
  });
  afterAll(() => handle?.close());

  it('classifies every table of the database, and no table the database does not have', () => {
    const unclassified = tables.filter((t) => !(t in PERSONAL_DATA));
    expect(unclassified, 'tables without a line in packages/db/src/personal-data.ts').toEqual([]);
    expect(Object.keys(PERSONAL_DATA).filter((t) => !tables.includes(t)), 'catalog lines for tables that do not exist').toEqual([]);
  });

  it('gives every personal table its content, purpose and retention rule in Danish and English, and every other table a reason', () => {
    for (const [table, entry] of Object.entries(PERSONAL_DATA)) {
      if (!entry.personal) {
        expect(entry.reason.length, table).toBeGreaterThan(10);
        continue;
      }
      for (const text of [entry.what, entry.why, entry.kept]) {
        expect(text.da.length, table).toBeGreaterThan(3);
        expect(text.en.length, table).toBeGreaterThan(3);
      }
    }
  });

  it('counts a table with a name or e-mail column as personal', async () => {
    const named = (await sql<{ table: string }>`select distinct table_name as table from information_schema.columns
      where table_schema = 'public' and column_name in ('name', 'email', 'to_address', 'ipAddress')`.execute(handle.db)).rows.map((r) => r.table);
    // These name an organisation, a round, a file or a migration, not a person.
    const wrong = named.filter((t) => PERSONAL_DATA[t]?.personal === false && !['tenants', 'rounds', 'initiative_files', 'kysely_migration'].includes(t));
    expect(wrong).toEqual([]);
  });
});

describe('docs/data-protection.md', () => {
  it('lists every table as the catalog does (pnpm docs:data-protection rewrites it)', () => {
    const doc = readFileSync(new URL('../../../docs/data-protection.md', import.meta.url), 'utf8');
    expect(doc.slice(doc.indexOf(PERSONAL_DATA_HEADING) + PERSONAL_DATA_HEADING.length)).toBe(personalDataMarkdown());
  });
});
