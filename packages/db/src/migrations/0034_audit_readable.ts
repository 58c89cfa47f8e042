import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../roles.ts';

/*
 * The audit log is append-only for the app (issue 16): the role every request runs as may add and
 * read entries but never change or remove one, so an admin who broke into the app cannot cover
 * their tracks. Grants only, no trigger: Citus propagates grants on a distributed table to its
 * shards, and a trigger reading other tables would not survive distribution. Rows still go when
 * their tenant is deleted (the foreign key's cascade runs as the table's owner, not as the app).
 * The index serves the console's filters: the log of one tenant, newest first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${APP_ROLE}`).execute(db);
  await sql`CREATE INDEX audit_log_by_time ON audit_log (tenant_id, at DESC, id)`.execute(db);
}
