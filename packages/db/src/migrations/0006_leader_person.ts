import { sql, type Kysely } from 'kysely';

/*
 * A leader's account is bound to their person in the hierarchy (memberships.person_id has been
 * there since 0001); an invitation to a leader now carries that person too, so accepting it binds
 * the new member. No foreign key to people, as for memberships: a person may leave the hierarchy
 * and return with the next import, and the binding is checked when it is made and when it is used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The same byte-order collation as people.person_id (HR ids are opaque keys).
  await sql`ALTER TABLE invitations ADD COLUMN person_id text collate "C"
    CHECK (person_id IS NULL OR length(person_id) between 1 and 64)`.execute(db);
}
