import { sql, type Kysely } from 'kysely';

/*
 * Comments (kommentarer): free text a rater writes to a round's open questions (DESIGN.md, Anonymity).
 *
 * A comment is stored in its form's row (`round_forms.comments`, an object from question id to
 * text), not in a table of its own: it is then written by the same statement as the answers, found
 * only by the same owner key and device while the round is open, and re-inserted, shuffled and
 * vacuumed with the form at close (rounds/form-unpairing.ts) — rule 5 covers it without a second
 * path that could forget. Read per round, question and form group (subject and role) it is
 * `SELECT subject_id, role, comments ->> '<question>' FROM round_forms WHERE round_id = …`.
 *
 * `rounds.questions` lists the round's open questions (`<theme>.<question>`; the local ones
 * `lokale.<question>`) as `rounds.items` lists its statements; survey_submit refuses a comment to
 * any other question. `comment_threshold` is the tenant's threshold for showing comments (null:
 * the default max(k, 5)); launch copies max(k, it) into the round, where it is frozen like k and
 * checked never to be below k. The tenant's own may fall below k when k is raised later: it is a
 * wish, the round's is what counts.
 */

/** A stored comment is text of at most 2,000 characters (code points); CPR numbers are masked before it gets here. */
const COMMENTS_FIT = sql`jsonb_typeof(comments) = 'object'
  AND NOT jsonb_path_exists(comments, '$.* ? (@.type() != "string" || @ like_regex "^(.{200}){10}." flag "s")')`;

async function thresholds(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN comment_threshold integer CHECK (comment_threshold >= 3)`.execute(db);
  await sql`ALTER TABLE rounds ADD COLUMN comment_threshold integer CHECK (comment_threshold >= 3)`.execute(db);
  await sql`ALTER TABLE rounds ADD COLUMN questions jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(questions) = 'array')`.execute(db);
  // Rounds launched before comments existed asked no open questions; they get the default so the checks hold.
  await sql`ALTER TABLE rounds NO FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`UPDATE rounds SET comment_threshold = greatest(threshold, 5) WHERE status <> 'draft'`.execute(db);
  await sql`ALTER TABLE rounds FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE rounds ADD CONSTRAINT rounds_open_has_comment_threshold CHECK (status = 'draft' OR comment_threshold IS NOT NULL)`.execute(db);
  await sql`ALTER TABLE rounds ADD CONSTRAINT rounds_comment_threshold_not_below_k CHECK (comment_threshold >= threshold)`.execute(db);
  // Its own trigger, as 0025's peer threshold, so nobody has to redefine rounds_lifecycle.
  await sql`CREATE FUNCTION rounds_comment_settings_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'draft' AND (NEW.comment_threshold, NEW.questions) IS DISTINCT FROM (OLD.comment_threshold, OLD.questions) THEN
        RAISE EXCEPTION 'round % is %: its open questions and comment threshold are frozen since launch', OLD.id, OLD.status USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER rounds_comment_settings_frozen BEFORE UPDATE ON rounds
    FOR EACH ROW EXECUTE FUNCTION rounds_comment_settings_frozen()`.execute(db);
}

async function storage(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE round_forms ADD COLUMN comments jsonb NOT NULL DEFAULT '{}'::jsonb`.execute(db);
  await sql`ALTER TABLE round_forms ADD CONSTRAINT round_forms_comments_fit CHECK (${COMMENTS_FIT})`.execute(db);
  await sql`ALTER TABLE local_questions ADD COLUMN questions jsonb NOT NULL DEFAULT '[]'::jsonb`.execute(db);
}

/**
 * survey_submit (0024) with the form's comments: written and replaced with its answers, by the same
 * device; refused (out_bad_comments, nothing stored) when one answers a question the round does
 * not ask. Otherwise 0024's, advisory lock included.
 */
async function submitFunction(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION survey_submit(uuid, text, integer, smallint[], boolean, text, text)`.execute(db);
  await sql`CREATE FUNCTION survey_submit(p_tenant uuid, p_hash text, p_slot integer, p_answers smallint[], p_submit boolean, p_key text, p_device text, p_comments jsonb)
    RETURNS TABLE (out_status text, out_closes_at timestamptz, out_closed_at timestamptz, out_item_count integer, out_subject_id text,
      out_submitted boolean, out_other_device boolean, out_bad_comments boolean)
    LANGUAGE plpgsql SECURITY INVOKER AS $$
    BEGIN
      -- Wait here, before the statement below takes its snapshot, while a close of one of this
      -- tenant's rounds holds the lock exclusively: the statement then sees the round closed.
      PERFORM pg_advisory_xact_lock_shared(hashtextextended('spejl.round_forms:' || p_tenant::text, 0));
      RETURN QUERY
      WITH s AS (
        SELECT r.round_id, r.person_id, d.status, d.closes_at, d.closed_at, jsonb_array_length(d.items) AS item_count, a.subject_id, a.role,
          EXISTS (SELECT 1 FROM jsonb_object_keys(p_comments) k WHERE NOT d.questions ? k) AS bad_comments
        FROM round_respondents r
        JOIN rounds d ON d.tenant_id = r.tenant_id AND d.id = r.round_id
        LEFT JOIN round_assignments a ON a.tenant_id = r.tenant_id AND a.round_id = r.round_id AND a.person_id = r.person_id AND a.slot = p_slot
        WHERE r.tenant_id = p_tenant AND r.token_hash = p_hash
      ), ok AS (
        SELECT * FROM s WHERE s.status = 'open' AND s.closes_at > now() AND s.subject_id IS NOT NULL AND s.item_count = cardinality(p_answers)
          AND p_device IS NOT NULL AND NOT s.bad_comments
      ), form AS (
        INSERT INTO round_forms AS f (tenant_id, round_id, subject_id, role, answers, comments, submitted, source, owner_key, device_hash)
        SELECT p_tenant, ok.round_id, ok.subject_id, ok.role, p_answers, p_comments, p_submit, 'link', p_key, p_device FROM ok
        ON CONFLICT (tenant_id, round_id, owner_key)
        DO UPDATE SET answers = excluded.answers, comments = excluded.comments, submitted = f.submitted OR excluded.submitted
        WHERE f.device_hash = excluded.device_hash
        RETURNING f.submitted
      ), progress AS (
        UPDATE round_assignments a SET finished_at = now() FROM ok
        WHERE p_submit AND a.tenant_id = p_tenant AND a.round_id = ok.round_id AND a.person_id = ok.person_id AND a.slot = p_slot
          AND a.finished_at IS NULL AND EXISTS (SELECT 1 FROM form)
        RETURNING 1
      )
      SELECT s.status, s.closes_at, s.closed_at, s.item_count, s.subject_id, (SELECT form.submitted FROM form),
        EXISTS (SELECT 1 FROM ok) AND NOT EXISTS (SELECT 1 FROM form), s.bad_comments
      FROM s;
    END $$`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await thresholds(db);
  await storage(db);
  await submitFunction(db);
}
