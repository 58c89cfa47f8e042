import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { APP_ROLE, type SpejlDatabase } from '../src/index.ts';
import { testEngines } from '../src/testing/index.ts';
import { TENANT_TABLES } from '../src/tenant-predicate.ts';

/**
 * Global (reference) tables: everything else in the schema is a tenant table and
 * must follow DESIGN.md's tenancy rules. Adding a table here needs a reason.
 */
const GLOBAL_TABLES = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'tenants', // the tenant registry itself; its id is the tenant_id
  'user', // accounts are global: one person may belong to several tenants
  'session',
  'account',
  'verification',
  'rateLimit',
  'system_mail_outbox', // account mail (password reset) that belongs to no tenant
  'survey_link_guesses', // wrong survey links per client address: a link is guessed before any tenant is known
  'sign_in_throttle', // failed sign-ins per account and address: accounts are global
  'letter_code_routes', // a printed letter's code → its tenant: a code is typed before any tenant is known
  'twoFactor', // an account's TOTP secret and recovery codes: accounts are global
  'sso_directory', // which tenant claims an e-mail domain for single sign-on: read before any tenant is known
]);

interface TableRow { name: string; rls: boolean; forced: boolean }
interface ConstraintRow { table: string; name: string; type: string; columns: string[]; ref_table: string | null; ref_columns: string[] | null }

describe.each(testEngines())('database catalog on $name', (engine) => {
  let handle: SpejlDatabase;
  let tables: TableRow[];
  let tenantTables: Set<string>;

  beforeAll(async () => {
    handle = await engine.open();
    tables = (await sql<TableRow>`
      select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')`.execute(handle.db)).rows;
    tenantTables = new Set(tables.map((t) => t.name).filter((n) => !GLOBAL_TABLES.has(n)));
  });
  afterAll(() => handle?.close());

  it('has tenant tables to check', () => {
    expect(tenantTables.size).toBeGreaterThan(0);
  });

  it('lists every tenant table where statements get their tenant predicate (tenant-predicate.ts)', () => {
    expect([...TENANT_TABLES].sort()).toEqual([...tenantTables].sort());
  });

  it('gives every tenant table a NOT NULL uuid tenant_id', async () => {
    const cols = (await sql<{ table: string; type: string; nullable: string }>`
      select table_name as table, data_type as type, is_nullable as nullable
      from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id'`.execute(handle.db)).rows;
    const byTable = new Map(cols.map((c) => [c.table, c]));
    const broken = [...tenantTables].filter((t) => {
      const c = byTable.get(t);
      return !c || c.type !== 'uuid' || c.nullable !== 'NO';
    });
    expect(broken, 'tables without tenant_id uuid NOT NULL (or missing from GLOBAL_TABLES)').toEqual([]);
  });

  it('enables and forces row-level security with the tenant policy on every tenant table', async () => {
    const policies = (await sql<{ table: string; qual: string; with_check: string | null }>`
      select tablename as table, qual, with_check from pg_policies
      where schemaname = 'public' and policyname = 'tenant_isolation'`.execute(handle.db)).rows;
    const broken = tables
      .filter((t) => tenantTables.has(t.name))
      .filter((t) => {
        const p = policies.find((x) => x.table === t.name);
        const guards = (expr: string | null | undefined) => !!expr && expr.includes("current_setting('app.tenant_id'") && expr.includes('tenant_id =');
        return !t.rls || !t.forced || !p || !guards(p.qual) || !guards(p.with_check);
      })
      .map((t) => t.name);
    expect(broken, 'tenant tables without ENABLE + FORCE RLS and the tenant_isolation policy').toEqual([]);
  });

  it('starts every primary, unique and foreign key between tenant tables with tenant_id', async () => {
    const constraints = (await sql<ConstraintRow>`
      select rel.relname as table, con.conname as name, con.contype as type,
        array(select a.attname from unnest(con.conkey) with ordinality k(n, i)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i)::text[] as columns,
        ref.relname as ref_table,
        case when con.confrelid = 0 then null else
          array(select a.attname from unnest(con.confkey) with ordinality k(n, i)
                join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i)::text[] end as ref_columns
      from pg_constraint con
      join pg_class rel on rel.oid = con.conrelid
      join pg_namespace n on n.oid = rel.relnamespace
      left join pg_class ref on ref.oid = con.confrelid
      where n.nspname = 'public' and con.contype in ('p', 'u', 'f')`.execute(handle.db)).rows;
    const uniqueIndexes = (await sql<{ table: string; name: string; def: string }>`
      select tablename as table, indexname as name, indexdef as def from pg_indexes
      where schemaname = 'public' and indexdef like 'CREATE UNIQUE INDEX%'`.execute(handle.db)).rows;

    const broken: string[] = [];
    for (const c of constraints) {
      if (!tenantTables.has(c.table)) continue;
      if (c.type === 'f' && c.ref_table && !tenantTables.has(c.ref_table)) continue; // reference to a global table
      if (c.columns[0] !== 'tenant_id') broken.push(`${c.table}.${c.name}`);
      if (c.type === 'f' && c.ref_columns?.[0] !== 'tenant_id') broken.push(`${c.table}.${c.name} (referenced side)`);
    }
    for (const i of uniqueIndexes) {
      if (tenantTables.has(i.table) && !/\(tenant_id[,)]/.test(i.def)) broken.push(`${i.table}.${i.name}`);
    }
    expect(broken, 'keys of tenant tables that do not start with tenant_id').toEqual([]);
  });

  it.runIf(engine.name === 'citus')('distributes every tenant table by tenant_id, colocated, and every global table as a reference table', async () => {
    const dist = (await sql<{ table: string; method: string; column: string | null; colocation: number }>`
      select logicalrelid::regclass::text as table, partmethod as method,
        case when partmethod = 'h' then column_to_column_name(logicalrelid, partkey) end as column, colocationid as colocation
      from pg_dist_partition`.execute(handle.db)).rows;
    const byTable = new Map(dist.map((d) => [d.table.replaceAll('"', ''), d]));
    const anchor = byTable.get('people');
    const wrong = [...tenantTables].filter((t) => {
      const d = byTable.get(t);
      return !d || d.method !== 'h' || d.column !== 'tenant_id' || d.colocation !== anchor?.colocation;
    });
    expect(wrong, 'tenant tables not hash-distributed by tenant_id in the colocation group of people').toEqual([]);
    const notReference = [...GLOBAL_TABLES].filter((t) => !t.startsWith('kysely_') && byTable.get(t)?.method !== 'n');
    expect(notReference, 'global tables that are not reference tables').toEqual([]);
  });

  it.runIf(engine.name === 'citus')('keeps no trigger on a distributed table and every foreign key between tenant tables', async () => {
    const triggers = (await sql<{ name: string }>`
      select tgname as name from pg_trigger t join pg_dist_partition p on p.logicalrelid = t.tgrelid where not t.tgisinternal`.execute(handle.db)).rows;
    expect(triggers).toEqual([]);
    const keys = (await sql<{ name: string }>`
      select conname as name from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace order by conname`.execute(handle.db)).rows.map((k) => k.name);
    expect(keys).toEqual(expect.arrayContaining([
      'people_manager', 'round_people_snapshot', 'round_respondents_round', 'round_assignments_respondent', 'round_messages_respondent',
      'round_reminder_runs_round', 'round_report_settings_round', 'report_jobs_round', 'report_job_files_job',
    ]));
  });

  it('runs tenant code as a role that is neither superuser nor BYPASSRLS', async () => {
    const role = (await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`
      select rolsuper, rolbypassrls from pg_roles where rolname = ${APP_ROLE}`.execute(handle.db)).rows;
    expect(role).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });
});
