import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Development over time (issue 15): units are followed across rounds.
 *
 * `unit_code` is the HR system's stable code of the unit a leader leads (the people file's optional
 * column of that name); the round snapshot keeps it as it was at launch, so a later import never
 * changes which units an old round compared. `unit_mappings` is what an admin says where the codes
 * do not (renamed, split, merged): per pair of rounds, which earlier unit (by its leader in the
 * earlier round's snapshot) became which unit of this round. No foreign key to people: both ends
 * are frozen snapshots, and the mapping is read against them.
 */

const ID = sql`text collate "C"`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE people ADD COLUMN unit_code text`.execute(db);
  await sql`ALTER TABLE round_people ADD COLUMN unit_code text`.execute(db);

  await db.schema
    .createTable('unit_mappings')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('earlier_round_id', 'uuid', (c) => c.notNull())
    .addColumn('earlier_leader_id', ID, (c) => c.notNull())
    .addColumn('leader_id', ID, (c) => c.notNull())
    // Accounts are global and may be deleted; the mapping stays, without the account.
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('unit_mappings_pk', ['tenant_id', 'round_id', 'earlier_round_id', 'earlier_leader_id', 'leader_id'])
    .addForeignKeyConstraint('unit_mappings_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .addForeignKeyConstraint('unit_mappings_earlier_round', ['tenant_id', 'earlier_round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .addCheckConstraint('unit_mappings_other_round', sql`round_id <> earlier_round_id`)
    .execute();
  await isolateTenantTable(db, 'unit_mappings');
}
