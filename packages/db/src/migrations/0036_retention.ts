import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../roles.ts';

/*
 * Retention and erasure (issue 16). A tenant keeps a round's personal data for `retention_months`
 * after the round closes (default 24); `rounds.personal_data_erased_at` says a round's names,
 * addresses, links and progress are gone and only its anonymous results stay.
 *
 * Two stores the app role may not change are append-only or frozen on purpose: the audit log
 * (0034) and a round's snapshot (0002). Retention and erasure reach them through the two functions
 * below, owned by the migration role (SECURITY DEFINER), each doing one narrow thing in the tenant
 * the calling transaction is set to and nothing else: the app can replace a person's name and
 * address with a pseudonym, never rewrite an action, a time, or another tenant's row, and still
 * cannot UPDATE or DELETE the rows directly. Each statement inside names its tenant, so on Citus it
 * goes to one shard; Citus sends it as the session's role, which is why Spejl calls these from a
 * transaction as the owner with the tenant set (withTenantPrivileged) rather than as the app role.
 */

const SAME_TENANT = `
  IF p_tenant IS DISTINCT FROM nullif(current_setting('app.tenant_id', true), '')::uuid THEN
    RAISE EXCEPTION 'only the tenant of the transaction' USING ERRCODE = '42501';
  END IF;`;

/** A needle as a case-insensitive regular expression of itself (every special character escaped). */
const ESCAPE = `regexp_replace(%s, '([][!$()*+.:<=>?\\\\^{|}-])', '\\\\\\1', 'g')`;

async function columns(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN retention_months integer NOT NULL DEFAULT 24
    CONSTRAINT tenants_retention_months CHECK (retention_months BETWEEN 6 AND 120)`.execute(db);
  await sql`ALTER TABLE rounds ADD COLUMN personal_data_erased_at timestamptz`.execute(db);
}

/*
 * Replaces each needle (a name or an e-mail address, at least 3 characters) in the target and the
 * details of the tenant's audit rows with the pseudonym, and drops the client address of the rows
 * whose target was the person (sign-ins). In details the needle is matched as JSON spells it.
 */
async function pseudonymiseAudit(db: Kysely<unknown>): Promise<void> {
  const plain = ESCAPE.replace('%s', 'needle');
  const json = ESCAPE.replace('%s', 'substr(to_jsonb(needle)::text, 2, length(to_jsonb(needle)::text) - 2)');
  await sql.raw(`CREATE FUNCTION spejl_pseudonymise_audit(p_tenant uuid, p_needles text[], p_pseudonym text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      needle text;
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
        plain := ${plain};
        json := ${json};
        UPDATE audit_log SET
          details = CASE WHEN target ~* ('^' || plain || '$') THEN details - 'address' ELSE details END,
          target = regexp_replace(target, plain, p_pseudonym, 'gi')
        WHERE tenant_id = p_tenant AND target ~* plain;
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
        UPDATE audit_log SET details = regexp_replace(details::text, json, p_pseudonym, 'gi')::jsonb
        WHERE tenant_id = p_tenant AND details::text ~* json;
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
      END LOOP;
      RETURN changed;
    END $$`).execute(db);
}

/*
 * Puts a label in place of the name and removes the e-mail address of one person (p_person) or of
 * everyone (null) in one round's snapshot (p_round) or in every round (null). The label says the
 * person's place, never who they were: "Leder af <unit>", or "Leder <n>" / "Medarbejder <n>" by
 * their place in the round's order when the snapshot has no unit.
 */
async function anonymiseSnapshot(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`CREATE FUNCTION spejl_anonymise_snapshot(p_tenant uuid, p_round uuid, p_person text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE n integer;
    BEGIN
      ${SAME_TENANT}
      UPDATE round_people SET
        email = NULL,
        name = CASE
          WHEN direct_reports > 0 AND nullif(btrim(unit_name), '') IS NOT NULL THEN left('Leder af ' || btrim(unit_name), 200)
          WHEN direct_reports > 0 THEN 'Leder ' || (ord + 1)
          ELSE 'Medarbejder ' || (ord + 1) END
      WHERE tenant_id = p_tenant AND (p_round IS NULL OR round_id = p_round) AND (p_person IS NULL OR person_id = p_person);
      GET DIAGNOSTICS n = ROW_COUNT;
      RETURN n;
    END $$`).execute(db);
}

/*
 * A closed round's progress (who finished) is frozen by its guard (0010); retention and erasure may
 * still clear it, only to NULL, for a respondent whose name and link are already gone (link_salt
 * 'slettet'). (Citus keeps no trigger: there the statements alone keep the rule.)
 */
async function progressMayBeErased(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION round_assignments_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      s text;
      closer xid;
    BEGIN
      SELECT status, xmin INTO s, closer FROM rounds WHERE tenant_id = NEW.tenant_id AND id = NEW.round_id;
      IF TG_OP = 'INSERT' AND s <> 'draft' AND NOT (s = 'closed' AND closer = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'round % is %: forms are derived only at launch', NEW.round_id, s USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'UPDATE' AND s <> 'open' AND NEW.finished_at IS DISTINCT FROM OLD.finished_at
        AND NOT (NEW.finished_at IS NULL AND EXISTS (SELECT 1 FROM round_respondents r WHERE r.tenant_id = NEW.tenant_id
          AND r.round_id = NEW.round_id AND r.person_id = NEW.person_id AND r.link_salt = 'slettet')) THEN
        RAISE EXCEPTION 'round % is %: its forms can no longer change', NEW.round_id, s USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await columns(db);
  await progressMayBeErased(db);
  await pseudonymiseAudit(db);
  await anonymiseSnapshot(db);
  for (const f of ['spejl_pseudonymise_audit(uuid, text[], text)', 'spejl_anonymise_snapshot(uuid, uuid, text)']) {
    await sql.raw(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`).execute(db);
    await sql.raw(`GRANT EXECUTE ON FUNCTION ${f} TO ${APP_ROLE}`).execute(db);
  }
}
