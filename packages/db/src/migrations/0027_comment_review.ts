import { sql, type Kysely } from 'kysely';

/*
 * Comment review before release (DESIGN.md, Anonymity): a tenant may route comments through a
 * review queue where an analyst masks personal data before anyone reads them in a report.
 *
 * `comment_review` is the tenant's choice, copied into the round at launch and frozen there (its
 * own trigger, as 0025 and 0026). `comments_released_at` is when the round's comments became
 * readable: set at close for a round without review, by an analyst's release for one with it;
 * once set it never changes. Rounds closed before this migration had no review: their comments
 * count as released at their close.
 *
 * Masking rewrites a closed round's form in place (only `comments`, only while its round is under
 * review and not released), so round_forms_guard (0010) gets that one exception. On Citus these
 * triggers are dropped (citus/distribute.ts) and the statements in core/comments carry the same
 * conditions in their WHERE clauses.
 */

async function columns(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN comment_review boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE rounds ADD COLUMN comment_review boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE rounds ADD COLUMN comments_released_at timestamptz`.execute(db);
  await sql`ALTER TABLE rounds NO FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`UPDATE rounds SET comments_released_at = coalesce(closed_at, closes_at) WHERE status IN ('closed', 'archived')`.execute(db);
  await sql`ALTER TABLE rounds FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE rounds ADD CONSTRAINT rounds_comments_released_when_closed
    CHECK (comments_released_at IS NULL OR status IN ('closed', 'archived'))`.execute(db);
}

async function frozen(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION rounds_comment_review_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'draft' AND NEW.comment_review IS DISTINCT FROM OLD.comment_review THEN
        RAISE EXCEPTION 'round % is %: its comment review is frozen since launch', OLD.id, OLD.status USING ERRCODE = 'check_violation';
      END IF;
      IF OLD.comments_released_at IS NOT NULL AND NEW.comments_released_at IS DISTINCT FROM OLD.comments_released_at THEN
        RAISE EXCEPTION 'round %: its comments are released and stay released', OLD.id USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER rounds_comment_review_frozen BEFORE UPDATE ON rounds
    FOR EACH ROW EXECUTE FUNCTION rounds_comment_review_frozen()`.execute(db);
}

/** 0010's guard, plus: a closed round under review and not yet released may have its forms' comments rewritten (masked), nothing else. */
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
  await columns(db);
  await frozen(db);
  await formsGuard(db);
}
