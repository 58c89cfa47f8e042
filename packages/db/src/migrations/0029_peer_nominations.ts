import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Peer nominations (issue 14): the second way a draft round gets its peers. A leader nominates
 * their own peers in the console; their superior (or an admin) approves or rejects each. An
 * approval writes the pair into round_peers, which launch reads as before; the nomination row
 * stays as the record of who asked and who decided. Like round_peers, no foreign key to people:
 * launch checks every pair against the frozen snapshot.
 */

const ID = sql`text collate "C"`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('peer_nominations')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('subject_id', ID, (c) => c.notNull())
    .addColumn('peer_id', ID, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'approved', 'rejected')`))
    // Accounts are global and may be deleted; the record keeps the row, without the account.
    .addColumn('nominated_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('decided_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .addPrimaryKeyConstraint('peer_nominations_pk', ['tenant_id', 'id'])
    // One nomination per pair and round: a rejected peer is not asked about again in the same round.
    .addUniqueConstraint('peer_nominations_pair', ['tenant_id', 'round_id', 'subject_id', 'peer_id'])
    .addForeignKeyConstraint('peer_nominations_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .addCheckConstraint('peer_nominations_not_self', sql`subject_id <> peer_id`)
    .addCheckConstraint('peer_nominations_decided', sql`(status = 'pending') = (decided_at IS NULL)`)
    .execute();
  await isolateTenantTable(db, 'peer_nominations');

  // Nominations change only while their round is a draft; afterwards they are the record of how its peers came to be.
  await sql`CREATE FUNCTION peer_nominations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      s text;
      rid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.round_id ELSE NEW.round_id END;
      tid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
    BEGIN
      SELECT status INTO s FROM rounds WHERE tenant_id = tid AND id = rid;
      IF s IS NOT NULL AND s <> 'draft' THEN
        RAISE EXCEPTION 'round % is %: its peer nominations are fixed since launch', rid, s USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER peer_nominations_guard BEFORE INSERT OR UPDATE OR DELETE ON peer_nominations
    FOR EACH ROW EXECUTE FUNCTION peer_nominations_guard()`.execute(db);
}
