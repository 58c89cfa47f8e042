import { sql, type Kysely } from 'kysely';

/**
 * Closing now rewrites a round's forms and progress from core, with statements that name their
 * tenant (packages/core/src/rounds/form-unpairing.ts), because Citus can neither route a function's
 * statements without one nor run its INSERT … SELECT under row-level security. The function that
 * did it (0010) is no longer called; it goes, so the schema holds nothing a cluster cannot run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS round_unlink_forms(uuid)`.execute(db);
}
