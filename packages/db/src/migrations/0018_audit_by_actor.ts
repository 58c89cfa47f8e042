import { sql, type Kysely } from 'kysely';

/*
 * The audit log read by who did what lately: a console user's test invitations of the last hour
 * are counted from it (five an hour), which without this index scans the tenant's whole log —
 * and every report read adds a row to it. Led by tenant_id like every key of a tenant table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX audit_log_by_actor ON audit_log (tenant_id, actor_user_id, action, at)`.execute(db);
}
