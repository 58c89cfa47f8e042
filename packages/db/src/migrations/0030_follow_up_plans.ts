import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * The leader's follow-up after a closed round (issue 15): a plan (udviklingsplan) per leader and
 * round with their notes to the report's reading questions, the talk with their superior (date,
 * agreements, the superior's confirmation, the one reminder) and one to three focus points. The
 * superior is the leader's manager in the round's frozen hierarchy, copied here when the plan is
 * opened. No foreign key to people: a plan outlives the person's place in the live hierarchy.
 * `follow_up_settings` is the tenant's policy on who reads plans beyond the leader.
 */

const ID = sql`text collate "C"`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('follow_up_settings')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('superior_reads_plans', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('staff_reads', 'text', (c) => c.notNull().defaultTo('status').check(sql`staff_reads in ('status', 'everything')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('follow_up_settings_pk', ['tenant_id'])
    .execute();
  await isolateTenantTable(db, 'follow_up_settings');

  await db.schema
    .createTable('follow_up_plans')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('leader_id', ID, (c) => c.notNull())
    .addColumn('superior_id', ID)
    .addColumn('reading_notes', 'jsonb', (c) => c.notNull().defaultTo(sql`'["", "", ""]'::jsonb`))
    .addColumn('talk_at', 'timestamptz', (c) => c.notNull())
    .addColumn('agreements', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('talk_held_at', 'timestamptz')
    .addColumn('talk_confirmed_at', 'timestamptz')
    .addColumn('talk_confirmed_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('reminder_sent_at', 'timestamptz')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('follow_up_plans_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('follow_up_plans_leader', ['tenant_id', 'round_id', 'leader_id'])
    .addForeignKeyConstraint('follow_up_plans_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    // A confirmation is of a talk that was held.
    .addCheckConstraint('follow_up_plans_confirmed_held', sql`talk_confirmed_at IS NULL OR talk_held_at IS NOT NULL`)
    .execute();
  await isolateTenantTable(db, 'follow_up_plans');

  await db.schema
    .createTable('follow_up_focus_points')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('plan_id', 'uuid', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position between 1 and 3`))
    .addColumn('theme_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text')
    .addColumn('actions', 'text', (c) => c.notNull().defaultTo(''))
    // A calendar day as written (YYYY-MM-DD): a date column would come back as a time in some zone.
    .addColumn('due_on', 'text', (c) => c.check(sql`due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('not-started').check(sql`status in ('not-started', 'in-progress', 'done')`))
    .addPrimaryKeyConstraint('follow_up_focus_points_pk', ['tenant_id', 'plan_id', 'position'])
    .addForeignKeyConstraint('follow_up_focus_points_plan', ['tenant_id', 'plan_id'], 'follow_up_plans', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'follow_up_focus_points');
}
