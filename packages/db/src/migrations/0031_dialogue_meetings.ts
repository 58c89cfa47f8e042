import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * The leader's dialogue meeting with the staff (issue 15): for a closed round, the model the leader
 * chose, the date, the themes to discuss, and afterwards the team's agreements. One meeting per
 * leader and round. The agreements are the leader's: who else reads them is decided in core
 * (dialogue-meeting/meeting-access.ts), never by a column here. `shared_at` marks that the
 * agreements went to the team by mail, so sharing twice sends nothing twice.
 */

const ID = sql`text collate "C"`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dialogue_meetings')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('leader_id', ID, (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'date', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull().defaultTo('09:00').check(sql`start_time ~ '^[0-2][0-9]:[0-5][0-9]$'`))
    .addColumn('theme_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('agreements', 'text')
    .addColumn('held_at', 'timestamptz')
    .addColumn('shared_at', 'timestamptz')
    // Accounts are global and may be deleted; the meeting stays, without the account.
    .addColumn('planned_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dialogue_meetings_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('dialogue_meetings_leader_round', ['tenant_id', 'round_id', 'leader_id'])
    .addForeignKeyConstraint('dialogue_meetings_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .addCheckConstraint('dialogue_meetings_agreements_length', sql`agreements IS NULL OR length(agreements) <= 10000`)
    // Agreements are shared only once written down.
    .addCheckConstraint('dialogue_meetings_shared_after', sql`shared_at IS NULL OR agreements IS NOT NULL`)
    .execute();
  await isolateTenantTable(db, 'dialogue_meetings');
}
