import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Initiatives (indsatser, issue 15): an organisation-level effort a tenant admin aims at a set of
 * leaders, with material (links and files) and a follow-up after some months. The leaders it is
 * aimed at are fixed when it is created (initiative_targets), so a later people import does not
 * quietly change who was asked; a target row also carries what that leader did with it (opened
 * the material, got the mails, answered the follow-up). No foreign key to people: a leader who has
 * left stays in the record under their id, as round snapshots do.
 */

const ID = sql`text collate "C"`;

async function initiatives(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('initiatives')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 200`))
    .addColumn('description', 'text', (c) => c.notNull().check(sql`length(description) <= 10000`))
    .addColumn('themes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`).check(sql`jsonb_typeof(themes) = 'array'`))
    .addColumn('links', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`).check(sql`jsonb_typeof(links) = 'array'`))
    // How the leaders were chosen, as the admin asked (chain, levels, all, below a value): the record of the aim.
    .addColumn('target', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(target) = 'object'`))
    .addColumn('follow_up_months', 'integer', (c) => c.notNull().check(sql`follow_up_months between 1 and 24`))
    .addColumn('follow_up_on', 'date', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('initiatives_pk', ['tenant_id', 'id'])
    .execute();
  await isolateTenantTable(db, 'initiatives');
}

async function files(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('initiative_files')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('initiative_id', 'uuid', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull().check(sql`length(file_name) between 1 and 200`))
    // Set by the server from the file's own bytes, never from what the uploader said.
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull().check(sql`octet_length(bytes) between 1 and 10485760`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('initiative_files_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('initiative_files_initiative', ['tenant_id', 'initiative_id'], 'initiatives', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'initiative_files');
}

async function targets(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('initiative_targets')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('initiative_id', 'uuid', (c) => c.notNull())
    .addColumn('person_id', ID, (c) => c.notNull())
    .addColumn('opened_at', 'timestamptz')
    // Set when the mail is handed to the outbox: a second pass finds it set and sends nothing.
    .addColumn('material_mailed_at', 'timestamptz')
    .addColumn('follow_up_mailed_at', 'timestamptz')
    .addColumn('answer_did', 'text', (c) => c.check(sql`length(answer_did) <= 4000`))
    .addColumn('answer_worked', 'text', (c) => c.check(sql`length(answer_worked) <= 4000`))
    .addColumn('answer_wish', 'text', (c) => c.check(sql`length(answer_wish) <= 4000`))
    .addColumn('answered_at', 'timestamptz')
    .addPrimaryKeyConstraint('initiative_targets_pk', ['tenant_id', 'initiative_id', 'person_id'])
    .addForeignKeyConstraint('initiative_targets_initiative', ['tenant_id', 'initiative_id'], 'initiatives', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .addCheckConstraint('initiative_targets_answered', sql`(answered_at IS NULL) = (answer_did IS NULL AND answer_worked IS NULL AND answer_wish IS NULL)`)
    .execute();
  await isolateTenantTable(db, 'initiative_targets');
  // A leader's own list ("Indsatser") is read by person.
  await sql`CREATE INDEX initiative_targets_person ON initiative_targets (tenant_id, person_id)`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await initiatives(db);
  await files(db);
  await targets(db);
}
