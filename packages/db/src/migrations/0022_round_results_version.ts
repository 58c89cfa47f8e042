import { sql, type Kysely } from 'kysely';

/*
 * A closed round's results change only when forms are imported into it. Each such import gives
 * the round a new random results version in the same transaction, so an app server that keeps a
 * round's computed results in memory can tell, with one cheap read per request, whether what it
 * holds is still the round's (several servers behind a load balancer each keep their own copy).
 * Random rather than a counter: a database restored to an earlier state and changed differently
 * can never arrive at a version a server already holds for other content. NULL until the first
 * import: a closed round's content is then what it had at close, which its closed_at identifies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE rounds ADD COLUMN results_version uuid`.execute(db);
}
