import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Pulses (issue 15): a short round a leader or the tenant asks a few months after a main round, of
 * the same teams, with a few chosen statements, reported as change against the main round. A pulse
 * is an ordinary round (survey, links, mails, closing and roll-up need nothing new) whose
 * `parent_round_id` names the main round; `round_pulses` records whose teams it asks and who
 * started it. Trends and "earlier rounds" leave pulses out: a pulse asks a handful of statements of
 * a handful of teams, and is compared with its main round only.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rounds').addColumn('parent_round_id', 'uuid').execute();
  await db.schema
    .createTable('round_pulses')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('parent_round_id', 'uuid', (c) => c.notNull())
    // The leaders whose direct employees (as frozen in the main round) the pulse asks.
    .addColumn('leader_ids', sql`text[] collate "C"`, (c) => c.notNull().check(sql`cardinality(leader_ids) >= 1`))
    // `leader`: a leader asked their own team from their follow-up plan; `admin`: the tenant did.
    .addColumn('started_as', 'text', (c) => c.notNull().check(sql`started_as in ('leader', 'admin')`))
    .addColumn('started_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('plan_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('round_pulses_pk', ['tenant_id', 'round_id'])
    .addForeignKeyConstraint('round_pulses_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .addForeignKeyConstraint('round_pulses_parent', ['tenant_id', 'parent_round_id'], 'rounds', ['tenant_id', 'id'])
    .execute();
  await isolateTenantTable(db, 'round_pulses');
  // The main round's page lists its pulses; a leader's plan finds theirs.
  await sql`CREATE INDEX round_pulses_parent_idx ON round_pulses (tenant_id, parent_round_id)`.execute(db);
}
