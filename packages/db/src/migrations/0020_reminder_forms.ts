import { sql, type Kysely } from 'kysely';

/*
 * A reminder run says how many forms were still unanswered in its audience when it ran (what the
 * response rates gave at that moment), not how many people it mailed: a person may hold several
 * forms, so a count of people reminded would tell which of them had answered a form the rates
 * only count. `recipients` (mails queued) stays for the mail job's own use and is shown nowhere.
 * Runs from before this migration have no count (null).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE round_reminder_runs ADD COLUMN unfinished_forms integer`.execute(db);
}
