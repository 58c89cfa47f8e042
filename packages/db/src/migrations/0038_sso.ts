import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Single sign-on per tenant (issue 16): one OpenID Connect identity provider an admin configures.
 * sso_configs is the tenant's own record (RLS like every tenant table); the client secret is kept
 * only encrypted (AES-256-GCM under a key derived from the installation's auth secret) and never
 * read back to the console. sso_directory is a global index of what a sign-in page must find
 * before any tenant is known: which tenant claims which e-mail domains, and which tenants allow
 * their console users no password. It holds no secret and is rewritten with its tenant's config
 * in the same transaction. Its tenant column is not called tenant_id: it is a reference table on
 * Citus, not a distributed one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sso_configs')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('issuer', 'text', (c) => c.notNull().check(sql`length(issuer) between 8 and 500`))
    .addColumn('client_id', 'text', (c) => c.notNull().check(sql`length(client_id) between 1 and 500`))
    .addColumn('client_secret_sealed', 'text', (c) => c.notNull())
    .addColumn('email_claim', 'text', (c) => c.notNull().defaultTo('email').check(sql`length(email_claim) between 1 and 100`))
    .addColumn('allowed_domains', sql`text[]`, (c) => c.notNull().check(sql`cardinality(allowed_domains) between 1 and 20`))
    .addColumn('provision', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('provision_role', 'text', (c) => c.notNull().defaultTo('leader').check(sql`provision_role in ('admin', 'analyst', 'leader')`))
    .addColumn('sso_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('sso_configs_pk', ['tenant_id'])
    .execute();
  await isolateTenantTable(db, 'sso_configs');

  await db.schema
    .createTable('sso_directory')
    .addColumn('tenant', 'uuid', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('domains', sql`text[]`, (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull())
    .addColumn('sso_only', 'boolean', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX sso_directory_domains ON sso_directory USING gin (domains)`.execute(db);
}
