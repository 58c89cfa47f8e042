import { sql, type Kysely } from 'kysely';

/*
 * A reminder is queued for everyone with an unfinished form when its run starts, and sent when
 * the mail job gets to it. Whoever finishes in between is no longer reminded: the job looks again
 * as it claims the message and sets it aside as `unneeded`, a state of its own, so the delivery
 * report counts it as neither sent nor failed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE round_messages
    DROP CONSTRAINT round_messages_status_check,
    ADD CONSTRAINT round_messages_status_check CHECK (status in ('pending', 'sending', 'sent', 'stored', 'failed', 'unneeded'))`.execute(db);
}
