import { sql, type Kysely } from 'kysely';

/*
 * A submission and a close of the same tenant's round no longer meet at table locks on
 * round_forms and round_assignments but at one advisory lock per tenant: submissions share it,
 * a close takes it alone (packages/core/src/rounds/lifecycle.ts). The same guarantee — nothing
 * lands after the close commits — without a close of one tenant holding up every other tenant's
 * submissions, and without locking every shard of both tables on Citus at each submission
 * (~28 ms there, against ~0.3 ms for the advisory lock). The function is otherwise 0010's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION survey_submit(p_tenant uuid, p_hash text, p_slot integer, p_answers smallint[], p_submit boolean, p_key text, p_device text)
    RETURNS TABLE (out_status text, out_closes_at timestamptz, out_closed_at timestamptz, out_item_count integer, out_subject_id text,
      out_submitted boolean, out_other_device boolean)
    LANGUAGE plpgsql SECURITY INVOKER AS $$
    BEGIN
      -- Wait here, before the statement below takes its snapshot, while a close of one of this
      -- tenant's rounds holds the lock exclusively: the statement then sees the round closed.
      PERFORM pg_advisory_xact_lock_shared(hashtextextended('spejl.round_forms:' || p_tenant::text, 0));
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
