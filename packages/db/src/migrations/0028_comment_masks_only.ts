import { sql, type Kysely } from 'kysely';

/*
 * "Nobody edits a respondent's words" (DESIGN.md, Anonymity), kept by the database too: 0027 let a
 * closed round under review have its forms' comments rewritten; this narrows that to masking. A
 * comment may change only into its old text with parts replaced by [fjernet] — checked by reading
 * the new text as a pattern (each [fjernet] standing for one or more characters, everything else
 * literal) that the old text must match whole — and no question may be added or dropped.
 * Single-server only, like the guard it extends (citus/distribute.ts drops it); on Citus
 * core/comments/review-masking.ts is the only statement that writes a closed round's comments.
 */

async function maskedOnly(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION comments_only_masked(old_comments jsonb, new_comments jsonb) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE
      k text;
      before text;
      after text;
      pattern text;
    BEGIN
      IF (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM jsonb_object_keys(old_comments) x)
         IS DISTINCT FROM (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM jsonb_object_keys(new_comments) x) THEN
        RETURN false;
      END IF;
      FOR k IN SELECT jsonb_object_keys(new_comments) LOOP
        before := old_comments ->> k;
        after := new_comments ->> k;
        CONTINUE WHEN before = after;
        -- Every character of the new text literal (a regex escape, or a bracket for letters and digits), [fjernet] as ".+".
        pattern := '^' || replace(regexp_replace(after, '([^[:alnum:][:space:]])', '\\\\\\1', 'g'), '\\[fjernet\\]', '.+') || '$';
        IF before !~ pattern THEN
          RETURN false;
        END IF;
      END LOOP;
      RETURN true;
    END $$`.execute(db);
}

/** 0027's guard, its masking exception narrowed by comments_only_masked. */
async function formsGuard(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION round_forms_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      s text;
      closer xid;
      review boolean;
      released timestamptz;
      src text := CASE WHEN TG_OP = 'DELETE' THEN OLD.source ELSE NEW.source END;
      rid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.round_id ELSE NEW.round_id END;
      tid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
    BEGIN
      SELECT status, xmin, comment_review, comments_released_at INTO s, closer, review, released FROM rounds WHERE tenant_id = tid AND id = rid;
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
      IF TG_OP = 'UPDATE' AND s = 'closed' AND review AND released IS NULL
          AND (to_jsonb(NEW) - 'comments') = (to_jsonb(OLD) - 'comments') THEN
        IF NOT comments_only_masked(OLD.comments, NEW.comments) THEN
          RAISE EXCEPTION 'round %: a comment under review may only have parts replaced by [fjernet]', rid USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END IF;
      IF NOT (s = 'open' OR (s = 'closed' AND src = 'import' AND TG_OP = 'INSERT')) THEN
        RAISE EXCEPTION 'round % is %: its forms can no longer change', rid, s USING ERRCODE = 'check_violation';
      END IF;
      IF src = 'link' AND NEW.owner_key IS NULL THEN
        RAISE EXCEPTION 'round %: a form saved through a link needs its owner key', rid USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await maskedOnly(db);
  await formsGuard(db);
}
