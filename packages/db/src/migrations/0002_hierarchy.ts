import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../roles.ts';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * The hierarchy (ledelseskæden): the live people of a tenant as the HR file and the
 * console keep them, the history of imports, and the frozen copy each round takes at
 * launch. person_id is the HR system's key and stays the key across imports and rounds.
 */

// HR ids are opaque keys: byte order, not the database locale's (which is slower and may vary by server).
const ID = sql`text collate "C"`;

async function peopleTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('person_id', ID, (c) => c.notNull().check(sql`length(person_id) between 1 and 64`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
    .addColumn('email', 'text')
    .addColumn('manager_id', ID)
    .addColumn('faggruppe', 'text')
    .addColumn('unit_name', 'text')
    .addColumn('exempt', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('exempt_reason', 'text')
    // Lower-cased by the application (not the database's locale, which may not fold æ/ø/å) for search.
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('people_pk', ['tenant_id', 'person_id'])
    .addCheckConstraint('people_not_own_manager', sql`manager_id <> person_id`)
    .execute();
  // Deferred to commit: an import rewrites many people in batches, and only the end state must hold.
  await sql`ALTER TABLE people ADD CONSTRAINT people_manager FOREIGN KEY (tenant_id, manager_id)
    REFERENCES people (tenant_id, person_id) DEFERRABLE INITIALLY DEFERRED`.execute(db);
  await sql`CREATE INDEX people_manager_idx ON people (tenant_id, manager_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX people_email_unique ON people (tenant_id, lower(email))`.execute(db);
  await isolateTenantTable(db, 'people');
}

async function importTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('people_imports')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('console', 'cli', 'demo')`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('csv', 'xlsx')`))
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('moved', 'integer', (c) => c.notNull())
    .addColumn('renamed', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('left', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('warnings', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('people_imports_pk', ['tenant_id', 'id'])
    .execute();
  await sql`CREATE INDEX people_imports_at ON people_imports (tenant_id, at DESC)`.execute(db);
  await isolateTenantTable(db, 'people_imports');

  // The column mapping an admin chose, offered again for the next upload.
  await db.schema
    .createTable('people_import_settings')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('column_mapping', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('people_import_settings_pk', ['tenant_id'])
    .execute();
  await isolateTenantTable(db, 'people_import_settings');
}

/*
 * A round's own copy of the hierarchy, written once at launch. `ord` is the person's
 * place in pre-order, so a chain is the range [ord, subtree_end] and roll-ups are one
 * backwards pass; round_closure has every (ancestor, descendant) pair by ord, self included.
 * round_id is a plain uuid here: the rounds table comes in a later migration.
 */
async function snapshotTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('round_snapshots')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('frozen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('people', 'integer', (c) => c.notNull())
    .addColumn('leaders', 'integer', (c) => c.notNull())
    .addColumn('tops', 'integer', (c) => c.notNull())
    .addColumn('max_depth', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_snapshots_pk', ['tenant_id', 'round_id'])
    .execute();
  await isolateTenantTable(db, 'round_snapshots');

  await db.schema
    .createTable('round_people')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('person_id', ID, (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('parent_ord', 'integer')
    .addColumn('subtree_end', 'integer', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('direct_reports', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('manager_id', ID)
    .addColumn('faggruppe', 'text')
    .addColumn('unit_name', 'text')
    .addColumn('exempt', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_people_pk', ['tenant_id', 'round_id', 'person_id'])
    .addUniqueConstraint('round_people_ord', ['tenant_id', 'round_id', 'ord'])
    .addForeignKeyConstraint('round_people_snapshot', ['tenant_id', 'round_id'], 'round_snapshots', ['tenant_id', 'round_id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'round_people');

  // Pairs by ord (see round_people): ~8 rows per person, so compact integer keys keep a
  // 40,000-person freeze fast. No foreign keys: written in the same transaction from the
  // same in-memory forest as round_people, and a per-row check would dominate the freeze.
  await db.schema
    .createTable('round_closure')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('ancestor_ord', 'integer', (c) => c.notNull())
    .addColumn('descendant_ord', 'integer', (c) => c.notNull())
    .addColumn('distance', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_closure_pk', ['tenant_id', 'round_id', 'ancestor_ord', 'descendant_ord'])
    .execute();
  await isolateTenantTable(db, 'round_closure');

  // Immutable after launch for the application: it may read and add snapshots, never change one.
  await sql.raw(`REVOKE UPDATE, DELETE ON round_snapshots, round_people, round_closure FROM ${APP_ROLE}`).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await peopleTable(db);
  await importTables(db);
  await snapshotTables(db);
}
