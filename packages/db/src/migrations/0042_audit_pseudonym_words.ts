import { sql, type Kysely } from 'kysely';

/*
 * spejl_pseudonymise_audit (0036) replaced a needle wherever its letters stood, so erasing "Per"
 * rewrote "personId", "period" and "operator" in every audit row of the tenant, and "Pernille"
 * with them. A needle now counts only as a whole word: at the start or after a space or a
 * punctuation mark, and before the end or a space or a punctuation mark (a lookahead, so "Per Per"
 * gives both). Letters outside ASCII count as letters, so "Per" in "Perø" stays.
 */

const SAME_TENANT = `
  IF p_tenant IS DISTINCT FROM nullif(current_setting('app.tenant_id', true), '')::uuid THEN
    RAISE EXCEPTION 'only the tenant of the transaction' USING ERRCODE = '42501';
  END IF;`;

/** A needle as a case-insensitive regular expression of itself (every special character escaped), as in 0036. */
const ESCAPE = `regexp_replace(%s, '([][!$()*+.:<=>?\\\\^{|}-])', '\\\\\\1', 'g')`;

/** Around a word: what may stand before it (kept by the replacement as \\1) and after it (looked at, not taken). */
const BEFORE = `'(^|[[:space:][:punct:]])('`;
const AFTER = `')(?=$|[[:space:][:punct:]])'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const word = ESCAPE.replace('%s', 'needle');
  const jsonWord = ESCAPE.replace('%s', 'substr(to_jsonb(needle)::text, 2, length(to_jsonb(needle)::text) - 2)');
  await sql.raw(`CREATE OR REPLACE FUNCTION spejl_pseudonymise_audit(p_tenant uuid, p_needles text[], p_pseudonym text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      needle text;
      exact text;
      plain text;
      json text;
      changed integer := 0;
      n integer;
    BEGIN
      ${SAME_TENANT}
      IF p_pseudonym !~ '^[a-z0-9-]{1,64}$' THEN
        RAISE EXCEPTION 'a pseudonym is lower-case letters, digits and dashes' USING ERRCODE = '22023';
      END IF;
      FOREACH needle IN ARRAY coalesce(p_needles, '{}') LOOP
        CONTINUE WHEN needle IS NULL OR length(btrim(needle)) < 3;
        exact := ${word};
        plain := ${BEFORE} || exact || ${AFTER};
        json := ${BEFORE} || ${jsonWord} || ${AFTER};
        UPDATE audit_log SET
          details = CASE WHEN target ~* ('^' || exact || '$') THEN details - 'address' ELSE details END,
          target = regexp_replace(target, plain, '\\1' || p_pseudonym, 'gi')
        WHERE tenant_id = p_tenant AND target ~* plain;
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
        UPDATE audit_log SET details = regexp_replace(details::text, json, '\\1' || p_pseudonym, 'gi')::jsonb
        WHERE tenant_id = p_tenant AND details::text ~* json;
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
      END LOOP;
      RETURN changed;
    END $$`).execute(db);
}
