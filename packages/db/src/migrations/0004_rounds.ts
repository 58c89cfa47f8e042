import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Survey rounds, who takes part, what they answer and the mail sent about it.
 *
 * Anonymity is a property of this schema (DESIGN.md, Anonymity rule 1): `round_forms` holds
 * what was answered, `round_assignments` who has finished, and nothing joins the two. A form is
 * found again only through `owner_key`, an HMAC the respondent's browser-held link token keys
 * (see packages/core/src/survey/form-key.ts). Forms carry no timestamps, so time cannot join them
 * to `round_assignments.finished_at` either.
 *
 * The round lifecycle (draft → open → closed → archived) and "no edits unless open" are enforced
 * by triggers here, so no code path — API, CLI, a forgotten script — can skip them.
 */

async function roundsTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rounds')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'open', 'closed', 'archived')`))
    .addColumn('themes', 'jsonb', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('scope', 'jsonb', (c) => c.notNull())
    .addColumn('exempt_leader_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('opens_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reminders', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('texts', 'jsonb', (c) => c.notNull())
    .addColumn('threshold', 'integer', (c) => c.check(sql`threshold >= 3`))
    .addColumn('launched_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('rounds_pk', ['tenant_id', 'id'])
    .addCheckConstraint('rounds_dates', sql`closes_at > opens_at`)
    .addCheckConstraint('rounds_open_has_threshold', sql`status = 'draft' or threshold is not null`)
    .execute();
  await isolateTenantTable(db, 'rounds');

  // Only these moves exist; after launch only the closing date may move, and only later.
  await sql`CREATE FUNCTION rounds_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
          RAISE EXCEPTION 'round % is %: only draft rounds can be deleted', OLD.id, OLD.status USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
      END IF;
      IF NEW.status <> OLD.status AND NOT (
           (OLD.status = 'draft' AND NEW.status = 'open')
        OR (OLD.status = 'open' AND NEW.status = 'closed')
        OR (OLD.status = 'closed' AND NEW.status = 'archived')) THEN
        RAISE EXCEPTION 'round % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END IF;
      IF OLD.status <> 'draft' AND (NEW.name, NEW.themes, NEW.items, NEW.scope, NEW.exempt_leader_ids, NEW.opens_at,
          NEW.reminders, NEW.texts, NEW.threshold, NEW.tenant_id, NEW.id)
          IS DISTINCT FROM (OLD.name, OLD.themes, OLD.items, OLD.scope, OLD.exempt_leader_ids, OLD.opens_at,
          OLD.reminders, OLD.texts, OLD.threshold, OLD.tenant_id, OLD.id) THEN
        RAISE EXCEPTION 'round % is %: its settings are frozen since launch', OLD.id, OLD.status USING ERRCODE = 'check_violation';
      END IF;
      IF OLD.status <> 'draft' AND NEW.closes_at IS DISTINCT FROM OLD.closes_at THEN
        IF OLD.status <> 'open' OR NEW.status <> 'open' THEN
          RAISE EXCEPTION 'round % is %: its closing date can no longer change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.closes_at < OLD.closes_at THEN
          RAISE EXCEPTION 'round %: an open round''s closing date can only be extended', OLD.id USING ERRCODE = 'check_violation';
        END IF;
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER rounds_lifecycle BEFORE UPDATE OR DELETE ON rounds
    FOR EACH ROW EXECUTE FUNCTION rounds_lifecycle()`.execute(db);
}

async function respondentTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('round_respondents')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('da').check(sql`locale in ('da', 'en')`))
    .addColumn('faggruppe', 'text')
    .addColumn('link_salt', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_respondents_pk', ['tenant_id', 'round_id', 'person_id'])
    .addUniqueConstraint('round_respondents_token', ['tenant_id', 'token_hash'])
    .addForeignKeyConstraint('round_respondents_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'round_respondents');

  // Progress: who has finished which of their forms. Deliberately no form id (see the header).
  await db.schema
    .createTable('round_assignments')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('slot', 'smallint', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('employee', 'self', 'superior')`))
    .addColumn('finished_at', 'timestamptz')
    .addPrimaryKeyConstraint('round_assignments_pk', ['tenant_id', 'round_id', 'person_id', 'slot'])
    .addForeignKeyConstraint('round_assignments_respondent', ['tenant_id', 'round_id', 'person_id'], 'round_respondents', ['tenant_id', 'round_id', 'person_id'], (c) => c.onDelete('cascade'))
    .execute();
  // No index by subject: progress reads a round's rows whole, and a second index tempts the
  // planner away from the primary key on the hot submit path while statistics are still empty.
  await isolateTenantTable(db, 'round_assignments');
}

async function formsTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('round_forms')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('employee', 'self', 'superior')`))
    // One code per round item in the order of rounds.items: 0 = blank, 1–5, 6 = ved ikke (scoring/answer-codes.ts).
    .addColumn('answers', sql`smallint[]`, (c) =>
      c.notNull().check(sql`array_position(answers, null) is null and 0 <= all(answers) and 6 >= all(answers)`))
    .addColumn('submitted', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('link', 'import')`))
    .addColumn('owner_key', 'text')
    .addPrimaryKeyConstraint('round_forms_pk', ['tenant_id', 'round_id', 'id'])
    .addUniqueConstraint('round_forms_owner', ['tenant_id', 'round_id', 'owner_key'])
    // No foreign key to rounds: thousands of submissions a second would all share-lock the one
    // round row (multixact contention). The guard below checks the round instead, and a round
    // with forms is never deleted (only drafts can be, and drafts have no forms).
    .addCheckConstraint('round_forms_source_key', sql`(source = 'link') = (owner_key is not null)`)
    .execute();
  await isolateTenantTable(db, 'round_forms');

  // Answers change only while the round is open (imports also while closed). No row lock on the
  // round here: closing takes a table lock on round_forms instead (see closeRound), which waits for
  // in-flight submissions and makes later ones see the round closed.
  await sql`CREATE FUNCTION round_forms_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      s text;
      src text := CASE WHEN TG_OP = 'DELETE' THEN OLD.source ELSE NEW.source END;
      rid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.round_id ELSE NEW.round_id END;
      tid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
    BEGIN
      SELECT status INTO s FROM rounds WHERE tenant_id = tid AND id = rid;
      IF s IS NULL THEN
        RAISE EXCEPTION 'there is no round % for this form', rid USING ERRCODE = 'foreign_key_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'round %: forms are never deleted', rid USING ERRCODE = 'check_violation';
      END IF;
      IF NOT (s = 'open' OR (s = 'closed' AND src = 'import' AND TG_OP = 'INSERT')) THEN
        RAISE EXCEPTION 'round % is %: its forms can no longer change', rid, s USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER round_forms_guard BEFORE INSERT OR UPDATE OR DELETE ON round_forms
    FOR EACH ROW EXECUTE FUNCTION round_forms_guard()`.execute(db);

  await sql`CREATE FUNCTION round_assignments_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE s text;
    BEGIN
      SELECT status INTO s FROM rounds WHERE tenant_id = NEW.tenant_id AND id = NEW.round_id;
      IF TG_OP = 'INSERT' AND s <> 'draft' THEN
        RAISE EXCEPTION 'round % is %: forms are derived only at launch', NEW.round_id, s USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'UPDATE' AND s <> 'open' AND NEW.finished_at IS DISTINCT FROM OLD.finished_at THEN
        RAISE EXCEPTION 'round % is %: its forms can no longer change', NEW.round_id, s USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER round_assignments_guard BEFORE INSERT OR UPDATE ON round_assignments
    FOR EACH ROW EXECUTE FUNCTION round_assignments_guard()`.execute(db);
}

async function mailTables(db: Kysely<unknown>): Promise<void> {
  // Background mail jobs. The unique key makes each invitation and each reminder exist once per person.
  await db.schema
    .createTable('round_messages')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('invitation', 'reminder', 'resend')`))
    .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'sending', 'sent', 'stored', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lease_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('round_messages_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('round_messages_once', ['tenant_id', 'round_id', 'person_id', 'kind', 'seq'])
    .addForeignKeyConstraint('round_messages_respondent', ['tenant_id', 'round_id', 'person_id'], 'round_respondents', ['tenant_id', 'round_id', 'person_id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'round_messages');
  await sql`CREATE INDEX round_messages_due ON round_messages (tenant_id, status, next_attempt_at)`.execute(db);

  // One row per reminder of a round's plan that has been handed out, so a restart never repeats it.
  await db.schema
    .createTable('round_reminder_runs')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('ran_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_reminder_runs_pk', ['tenant_id', 'round_id', 'seq'])
    .addForeignKeyConstraint('round_reminder_runs_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'round_reminder_runs');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await roundsTable(db);
  await respondentTables(db);
  await formsTable(db);
  await mailTables(db);
}
