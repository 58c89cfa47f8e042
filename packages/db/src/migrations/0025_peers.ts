import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Peers (sideordnede ledere): leaders who work closely with a subject and answer about them in the
 * rater role `peer` (DESIGN.md, Vocabulary and Anonymity).
 *
 * `standing_peers` is the tenant's standing list; `round_peers` a round's own list, set before
 * launch and, at launch, completed from the standing list and frozen (rounds/launch.ts), so a
 * closed round still says who its peers were asked to be. Neither has a foreign key to people: the
 * hierarchy changes under a standing list, and launch checks every pair against the frozen
 * snapshot instead.
 *
 * `peer_threshold` is the peers' own anonymity threshold: a tenant setting (default 3, never below
 * 3) that launch copies into the round, where it is frozen like k.
 */

async function thresholds(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN peer_threshold integer NOT NULL DEFAULT 3 CHECK (peer_threshold >= 3)`.execute(db);
  await sql`ALTER TABLE rounds ADD COLUMN peer_threshold integer CHECK (peer_threshold >= 3)`.execute(db);
  // Rounds launched before peers existed asked no peers; they get the default so the check below holds.
  await sql`ALTER TABLE rounds NO FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`UPDATE rounds SET peer_threshold = 3 WHERE status <> 'draft'`.execute(db);
  await sql`ALTER TABLE rounds FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE rounds ADD CONSTRAINT rounds_open_has_peer_threshold CHECK (status = 'draft' OR peer_threshold IS NOT NULL)`.execute(db);
  // Its own trigger rather than a new rounds_lifecycle, so other migrations may redefine that one freely.
  await sql`CREATE FUNCTION rounds_peer_threshold_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'draft' AND NEW.peer_threshold IS DISTINCT FROM OLD.peer_threshold THEN
        RAISE EXCEPTION 'round % is %: its peer threshold is frozen since launch', OLD.id, OLD.status USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER rounds_peer_threshold_frozen BEFORE UPDATE ON rounds
    FOR EACH ROW EXECUTE FUNCTION rounds_peer_threshold_frozen()`.execute(db);
}

async function peerRole(db: Kysely<unknown>): Promise<void> {
  for (const table of ['round_assignments', 'round_forms']) {
    await sql`ALTER TABLE ${sql.table(table)} DROP CONSTRAINT ${sql.id(`${table}_role_check`)}`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ADD CONSTRAINT ${sql.id(`${table}_role_check`)}
      CHECK (role IN ('employee', 'self', 'superior', 'peer'))`.execute(db);
  }
}

const ID = sql`text collate "C"`;

async function peerTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('standing_peers')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('subject_id', ID, (c) => c.notNull())
    .addColumn('peer_id', ID, (c) => c.notNull())
    .addPrimaryKeyConstraint('standing_peers_pk', ['tenant_id', 'subject_id', 'peer_id'])
    .addCheckConstraint('standing_peers_not_self', sql`subject_id <> peer_id`)
    .execute();
  await isolateTenantTable(db, 'standing_peers');

  await db.schema
    .createTable('round_peers')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('subject_id', ID, (c) => c.notNull())
    .addColumn('peer_id', ID, (c) => c.notNull())
    .addPrimaryKeyConstraint('round_peers_pk', ['tenant_id', 'round_id', 'subject_id', 'peer_id'])
    .addForeignKeyConstraint('round_peers_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .addCheckConstraint('round_peers_not_self', sql`subject_id <> peer_id`)
    .execute();
  await isolateTenantTable(db, 'round_peers');

  // A round's peers change only while it is a draft (launch writes the final list in the same transaction, before it opens).
  await sql`CREATE FUNCTION round_peers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      s text;
      rid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.round_id ELSE NEW.round_id END;
      tid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
    BEGIN
      SELECT status INTO s FROM rounds WHERE tenant_id = tid AND id = rid;
      -- No round: a draft being deleted, whose peers go with it.
      IF s IS NOT NULL AND s <> 'draft' THEN
        RAISE EXCEPTION 'round % is %: its peers are fixed since launch', rid, s USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER round_peers_guard BEFORE INSERT OR UPDATE OR DELETE ON round_peers
    FOR EACH ROW EXECUTE FUNCTION round_peers_guard()`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await thresholds(db);
  await peerRole(db);
  await peerTables(db);
}
