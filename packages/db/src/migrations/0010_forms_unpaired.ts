import { sql, type Kysely } from 'kysely';

/*
 * DESIGN.md, Anonymity rules 5 and 6, made properties of the schema.
 *
 * Rule 6 — only the respondent reads their answers back. A link can pass through other hands (an
 * outbox without SMTP, a printed letter), so the link alone no longer finds a form's answers: the
 * respondent's browser keeps a random device key, and a form stores `device_hash`, an HMAC keyed by
 * that device key over the form's owner key (packages/core/src/survey/device-key.ts). Reading a
 * form back and changing it need the same device key; survey_submit refuses any other device.
 *
 * Rule 5 — after close nothing in storage pairs a form with a person. Closing used to rewrite the
 * forms with an UPDATE, which keeps rows where they were: physical order still followed
 * submission order, and owner_key (recomputable from the server's link key and the stored salts)
 * stayed. Now the closing transaction re-inserts the round's sent forms as fresh rows in a random
 * order, with fresh ids and no keys, deletes the old versions and drops forms never sent; progress
 * rows are re-inserted in person order with one coarse finished_at (the closing time). Everything
 * shares the closing transaction's id, and the caller vacuums the dead versions away after commit.
 * The guards allow these deletes and key-less inserts only in the transaction whose update closed
 * the round (the round row's xmin is that transaction's id), so no other path can use them.
 */

/** Forms are written only while open; the closing transaction alone rewrites a closed round's forms. */
async function formsGuard(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION round_forms_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      s text;
      closer xid;
      src text := CASE WHEN TG_OP = 'DELETE' THEN OLD.source ELSE NEW.source END;
      rid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.round_id ELSE NEW.round_id END;
      tid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
    BEGIN
      SELECT status, xmin INTO s, closer FROM rounds WHERE tenant_id = tid AND id = rid;
      IF s IS NULL THEN
        RAISE EXCEPTION 'there is no round % for this form', rid USING ERRCODE = 'foreign_key_violation';
      END IF;
      IF s = 'closed' AND closer = pg_current_xact_id()::xid AND (TG_OP = 'DELETE' OR (TG_OP = 'INSERT' AND NEW.owner_key IS NULL)) THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END IF;
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'round %: forms are never deleted', rid USING ERRCODE = 'check_violation';
      END IF;
      IF NOT (s = 'open' OR (s = 'closed' AND src = 'import' AND TG_OP = 'INSERT')) THEN
        RAISE EXCEPTION 'round % is %: its forms can no longer change', rid, s USING ERRCODE = 'check_violation';
      END IF;
      IF src = 'link' AND NEW.owner_key IS NULL THEN
        RAISE EXCEPTION 'round %: a form saved through a link needs its owner key', rid USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);

  await sql`CREATE OR REPLACE FUNCTION round_assignments_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      s text;
      closer xid;
    BEGIN
      SELECT status, xmin INTO s, closer FROM rounds WHERE tenant_id = NEW.tenant_id AND id = NEW.round_id;
      IF TG_OP = 'INSERT' AND s <> 'draft' AND NOT (s = 'closed' AND closer = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'round % is %: forms are derived only at launch', NEW.round_id, s USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'UPDATE' AND s <> 'open' AND NEW.finished_at IS DISTINCT FROM OLD.finished_at THEN
        RAISE EXCEPTION 'round % is %: its forms can no longer change', NEW.round_id, s USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
}

/**
 * The closing rewrite (called by closeRound once the round is marked closed). ORDER BY a strong
 * random key: the new rows' physical order says nothing of the old one. Progress is re-inserted in
 * person order, so its physical order no longer follows when people finished either.
 */
async function unlinkFunction(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION round_unlink_forms(p_round uuid) RETURNS void LANGUAGE sql SECURITY INVOKER AS $$
    WITH old AS (
      DELETE FROM round_forms WHERE round_id = p_round
      RETURNING tenant_id, round_id, subject_id, role, answers, submitted, source
    )
    INSERT INTO round_forms (tenant_id, round_id, subject_id, role, answers, submitted, source)
    SELECT tenant_id, round_id, subject_id, role, answers, submitted, source FROM old WHERE submitted
    ORDER BY gen_random_uuid();

    WITH old AS (
      DELETE FROM round_assignments WHERE round_id = p_round
      RETURNING tenant_id, round_id, person_id, slot, subject_id, role, finished_at
    )
    INSERT INTO round_assignments (tenant_id, round_id, person_id, slot, subject_id, role, finished_at)
    SELECT o.tenant_id, o.round_id, o.person_id, o.slot, o.subject_id, o.role,
      CASE WHEN o.finished_at IS NOT NULL THEN coalesce(r.closed_at, r.closes_at) END
    FROM old o JOIN rounds r ON r.tenant_id = o.tenant_id AND r.id = o.round_id
    ORDER BY o.person_id, o.slot;
  $$`.execute(db);
}

/**
 * survey_submit (0008) with the device check: a form is created with the caller's device hash and
 * updated only by the same device; another device gets out_other_device and changes nothing, and
 * a call without a device changes nothing (the link is still looked up first, so an unknown link
 * is reported as such whatever else is missing). A refusal is a result, not an error, so a grouped
 * commit (group-commit.ts) is not rerun for it.
 */
async function submitFunction(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION survey_submit(uuid, text, integer, smallint[], boolean, text)`.execute(db);
  await sql`CREATE FUNCTION survey_submit(p_tenant uuid, p_hash text, p_slot integer, p_answers smallint[], p_submit boolean, p_key text, p_device text)
    RETURNS TABLE (out_status text, out_closes_at timestamptz, out_closed_at timestamptz, out_item_count integer, out_subject_id text,
      out_submitted boolean, out_other_device boolean)
    LANGUAGE plpgsql SECURITY INVOKER AS $$
    BEGIN
      -- Wait here, before the statement below takes its snapshot, while a close holds its table
      -- lock: the statement then sees the round closed (see closeRound).
      LOCK TABLE round_forms, round_assignments IN ROW EXCLUSIVE MODE;
      RETURN QUERY
      WITH s AS (
        SELECT r.round_id, r.person_id, d.status, d.closes_at, d.closed_at, jsonb_array_length(d.items) AS item_count, a.subject_id, a.role
        FROM round_respondents r
        JOIN rounds d ON d.tenant_id = r.tenant_id AND d.id = r.round_id
        LEFT JOIN round_assignments a ON a.tenant_id = r.tenant_id AND a.round_id = r.round_id AND a.person_id = r.person_id AND a.slot = p_slot
        WHERE r.tenant_id = p_tenant AND r.token_hash = p_hash
      ), ok AS (
        SELECT * FROM s WHERE s.status = 'open' AND s.closes_at > now() AND s.subject_id IS NOT NULL AND s.item_count = cardinality(p_answers)
          AND p_device IS NOT NULL
      ), form AS (
        INSERT INTO round_forms AS f (tenant_id, round_id, subject_id, role, answers, submitted, source, owner_key, device_hash)
        SELECT p_tenant, ok.round_id, ok.subject_id, ok.role, p_answers, p_submit, 'link', p_key, p_device FROM ok
        ON CONFLICT (tenant_id, round_id, owner_key)
        DO UPDATE SET answers = excluded.answers, submitted = f.submitted OR excluded.submitted
        WHERE f.device_hash = excluded.device_hash
        RETURNING f.submitted
      ), progress AS (
        UPDATE round_assignments a SET finished_at = now() FROM ok
        WHERE p_submit AND a.tenant_id = p_tenant AND a.round_id = ok.round_id AND a.person_id = ok.person_id AND a.slot = p_slot
          AND a.finished_at IS NULL AND EXISTS (SELECT 1 FROM form)
        RETURNING 1
      )
      SELECT s.status, s.closes_at, s.closed_at, s.item_count, s.subject_id, (SELECT form.submitted FROM form),
        EXISTS (SELECT 1 FROM ok) AND NOT EXISTS (SELECT 1 FROM form)
      FROM s;
    END $$`.execute(db);
}

/**
 * Data written before this migration: forms of open rounds have no device, so no device may show
 * or change them (a random, never-issued hash locks them); closed and archived rounds get the
 * closing rewrite now. Run as the tables' owner with the guards and forced row security off for
 * this one transaction, so every tenant's rows are reached.
 */
async function existingRounds(db: Kysely<unknown>): Promise<void> {
  const tables = ['rounds', 'round_forms', 'round_assignments'].map((t) => sql.table(t));
  for (const t of tables) await sql`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE round_forms DISABLE TRIGGER round_forms_guard`.execute(db);
  await sql`ALTER TABLE round_assignments DISABLE TRIGGER round_assignments_guard`.execute(db);
  await sql`UPDATE round_forms SET device_hash = 'locked:' || gen_random_uuid() WHERE owner_key IS NOT NULL`.execute(db);
  await sql`SELECT round_unlink_forms(id) FROM rounds WHERE status IN ('closed', 'archived')`.execute(db);
  await sql`ALTER TABLE round_assignments ENABLE TRIGGER round_assignments_guard`.execute(db);
  await sql`ALTER TABLE round_forms ENABLE TRIGGER round_forms_guard`.execute(db);
  for (const t of tables) await sql`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE round_forms ADD COLUMN device_hash text`.execute(db);
  await sql`ALTER TABLE round_forms DROP CONSTRAINT round_forms_source_key`.execute(db);
  await formsGuard(db);
  await unlinkFunction(db);
  await submitFunction(db);
  await existingRounds(db);
  // A link form has both keys while its round is open and neither after close; an import never has them.
  await sql`ALTER TABLE round_forms ADD CONSTRAINT round_forms_source_key
    CHECK ((owner_key IS NULL) = (device_hash IS NULL) AND (owner_key IS NULL OR source = 'link'))`.execute(db);
}
