import { sql, type Kysely } from 'kysely';

/*
 * Wrong survey links per client address (DESIGN.md, Security; core/survey/guess-limiter.ts).
 * One row per address group (an IPv4 address, an IPv6 /64) that sent a link that does not
 * exist, counted in a window that starts at its first wrong link. Kept here rather than in a
 * process's memory so every server process counts the same guesses. The key is a sha256 hash
 * of the address group, so the table names no address; rows are pruned once their window is over.
 * A global table: a link is guessed before any tenant is known.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey_link_guesses')
    .addColumn('client', 'text', (c) => c.primaryKey().check(sql`client ~ '^[0-9a-f]{64}$'`))
    .addColumn('guesses', 'integer', (c) => c.notNull().check(sql`guesses > 0`))
    .addColumn('window_started', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX survey_link_guesses_window ON survey_link_guesses (window_started)`.execute(db);
}
