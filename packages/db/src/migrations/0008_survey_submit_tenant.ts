import { sql, type Kysely } from 'kysely';

/*
 * survey_submit (0007), with two changes:
 * - the respondent is looked up by (tenant_id, token_hash), the unique key's full prefix, so the
 *   plan uses the index even for a caller that row-level security does not narrow (an owner
 *   running maintenance scanned the whole table);
 * - a slot already marked finished is not written again: a resubmission no longer leaves a dead
 *   row version and fires the progress guard for nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION survey_submit(p_tenant uuid, p_hash text, p_slot integer, p_answers smallint[], p_submit boolean, p_key text)
    RETURNS TABLE (out_status text, out_closes_at timestamptz, out_closed_at timestamptz, out_item_count integer, out_subject_id text, out_submitted boolean)
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
      ), form AS (
        INSERT INTO round_forms AS f (tenant_id, round_id, subject_id, role, answers, submitted, source, owner_key)
        SELECT p_tenant, ok.round_id, ok.subject_id, ok.role, p_answers, p_submit, 'link', p_key FROM ok
        ON CONFLICT (tenant_id, round_id, owner_key)
        DO UPDATE SET answers = excluded.answers, submitted = f.submitted OR excluded.submitted
        RETURNING f.submitted
      ), progress AS (
        UPDATE round_assignments a SET finished_at = now() FROM ok
        WHERE p_submit AND a.tenant_id = p_tenant AND a.round_id = ok.round_id AND a.person_id = ok.person_id AND a.slot = p_slot
          AND a.finished_at IS NULL
        RETURNING 1
      )
      SELECT s.status, s.closes_at, s.closed_at, s.item_count, s.subject_id, (SELECT form.submitted FROM form) FROM s;
    END $$`.execute(db);
}
