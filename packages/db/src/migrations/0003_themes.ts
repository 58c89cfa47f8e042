import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenant_themes')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('theme_id', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addPrimaryKeyConstraint('tenant_themes_pk', ['tenant_id', 'theme_id'])
    .execute();
  await isolateTenantTable(db, 'tenant_themes');

  await db.schema
    .createTable('tenant_framing')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('default_example', 'jsonb')
    .addColumn('faggruppe_examples', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('tenant_framing_pk', ['tenant_id'])
    .execute();
  await isolateTenantTable(db, 'tenant_framing');

  await db.schema
    .createTable('local_questions')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('intro', 'jsonb')
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addPrimaryKeyConstraint('local_questions_pk', ['tenant_id'])
    .execute();
  await isolateTenantTable(db, 'local_questions');
}
