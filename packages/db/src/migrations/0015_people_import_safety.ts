import { sql, type Kysely } from 'kysely';

/*
 * An import that marks many people as having left, or moves many to another manager, must be
 * confirmed. How many is "many" is the tenant's to choose: a share of the people stored before
 * the import, in whole percent (default 10). 0 asks for every removal or move; 100 never asks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE people_import_settings ADD COLUMN large_change_percent smallint NOT NULL DEFAULT 10
    CHECK (large_change_percent between 0 and 100)`.execute(db);
}
