import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * The hierarchy from the HR system (issue 17): a tenant admin saves where the daily SafetyNet pair
 * lies on an SFTP server and when to fetch it; each fetch is a sync. A sync that changes too much is
 * held for an admin: it keeps the people rows the pair became (a people file, never the pair itself,
 * so no CPR number is ever stored) and the diff the admin decides on; the rows go once decided.
 * The private key is only ever read by the fetch, never returned to a client.
 */

async function settings(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('safetynet_settings')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().primaryKey())
    .addColumn('host', 'text', (c) => c.notNull().check(sql`length(host) between 1 and 253`))
    .addColumn('port', 'integer', (c) => c.notNull().check(sql`port between 1 and 65535`))
    .addColumn('username', 'text', (c) => c.notNull().check(sql`length(username) between 1 and 100`))
    .addColumn('private_key', 'text', (c) => c.notNull().check(sql`length(private_key) between 1 and 20000`))
    .addColumn('units_path', 'text', (c) => c.notNull().check(sql`length(units_path) between 1 and 500`))
    .addColumn('employees_path', 'text', (c) => c.notNull().check(sql`length(employees_path) between 1 and 500`))
    // Time of day in the tenant's time zone, `HH:MM`.
    .addColumn('run_at', 'text', (c) => c.notNull().check(sql`run_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    // The tenant's date of the last scheduled fetch: set in the statement that claims the day's run.
    .addColumn('last_run_on', 'date')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await isolateTenantTable(db, 'safetynet_settings');
}

async function syncs(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('safetynet_syncs')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('applied', 'unchanged', 'held', 'approved', 'discarded', 'failed')`))
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('schedule', 'manual')`))
    .addColumn('fetched_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    // The diff in numbers and its samples, as the admin saw (or sees) it.
    .addColumn('counts', 'jsonb')
    .addColumn('samples', 'jsonb')
    .addColumn('left_share', 'double precision')
    .addColumn('renumbered_share', 'double precision')
    // Only while held: the people rows to apply on approval, and the token of the diff they make.
    .addColumn('people_csv', 'text')
    .addColumn('token', 'text')
    // A failed sync's coded error, for the console to say in its reader's language.
    .addColumn('error', 'jsonb')
    .addColumn('import_id', 'uuid')
    .addPrimaryKeyConstraint('safetynet_syncs_pk', ['tenant_id', 'id'])
    .addCheckConstraint('safetynet_syncs_rows_only_held', sql`(people_csv IS NULL) = (status <> 'held')`)
    .execute();
  await sql`CREATE INDEX safetynet_syncs_by_time ON safetynet_syncs (tenant_id, fetched_at DESC)`.execute(db);
  await isolateTenantTable(db, 'safetynet_syncs');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await settings(db);
  await syncs(db);
  await sql`ALTER TABLE people_imports DROP CONSTRAINT people_imports_source_check`.execute(db);
  await sql`ALTER TABLE people_imports ADD CONSTRAINT people_imports_source_check CHECK (source in ('console', 'cli', 'demo', 'sftp'))`.execute(db);
}
