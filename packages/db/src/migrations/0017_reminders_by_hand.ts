import { sql, type Kysely } from 'kysely';

/*
 * A tenant admin can send a reminder now, besides the round's planned ones: to everyone unfinished
 * or to the unfinished in one leader's chain. Such a run is a row of round_reminder_runs like a
 * planned one (its seq follows the plan's, so the two never share a number), marked `by_hand`,
 * with the chain it went to (null: everyone) and who asked for it, for the round's history and to
 * refuse a second click within minutes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE round_reminder_runs
    ADD COLUMN by_hand boolean NOT NULL DEFAULT false,
    ADD COLUMN chain_of text,
    ADD COLUMN requested_by text,
    ADD CONSTRAINT round_reminder_runs_scope CHECK (by_hand OR (chain_of IS NULL AND requested_by IS NULL))`.execute(db);
}
