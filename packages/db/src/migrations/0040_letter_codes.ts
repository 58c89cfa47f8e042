import { sql, type Kysely } from 'kysely';

/*
 * Printed invitations for respondents without e-mail (issue 17; core/letters). A letter carries a
 * short code typed at `/s/<code>`. Like a link's secret, the code is never stored: the respondent's
 * row keeps only a keyed hash of it (`letter_code_hash`), so a database dump yields no working code.
 *
 * A typed code carries no tenant, so `letter_code_routes` says which tenant's rows to look in: a
 * global table (the code is tried before any tenant is known, like survey_link_guesses), holding
 * the same hash and the tenant, nothing about the person. Its tenant column is named `tenant`, not
 * `tenant_id`: it is a routing table read without a tenant set, a reference table on Citus.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE round_respondents ADD COLUMN letter_code_hash text`.execute(db);
  await sql`ALTER TABLE round_respondents ADD CONSTRAINT round_respondents_letter_code UNIQUE (tenant_id, letter_code_hash)`.execute(db);
  await db.schema
    .createTable('letter_code_routes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey().check(sql`code_hash ~ '^[A-Za-z0-9_-]{43}$'`))
    .addColumn('tenant', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
