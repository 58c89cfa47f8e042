import { sql, type Kysely } from 'kysely';

/*
 * Each tenant says its times (mail, console, survey, reports, command line) in its own time
 * zone, an IANA name the application checks against Intl; the database only bounds its length.
 * Every organisation so far is Danish, so existing tenants get Copenhagen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Copenhagen'
    CHECK (length(time_zone) between 1 and 64)`.execute(db);
}
