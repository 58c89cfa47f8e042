import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * Report jobs: the leader reports of a round rendered one PDF per leader by a background worker
 * (core/report-jobs). Every state lives here, so a restart loses nothing and a second server
 * process never works the same job: a worker holds a job through `lease_owner` and `lease_until`,
 * renews the lease with every leader it stores, and a job whose lease ran out (its process died)
 * is claimed again and resumes after the leaders already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_jobs')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    // The reader whose access decides which reports go in; their files go with their account.
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('da', 'en')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued').check(sql`status in ('queued', 'running', 'done', 'failed')`))
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0).check(sql`total >= 0`))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0).check(sql`done >= 0`))
    .addColumn('error', 'text')
    .addColumn('lease_owner', 'uuid')
    .addColumn('lease_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addPrimaryKeyConstraint('report_jobs_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('report_jobs_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'report_jobs');
  // At most one unfinished job per reader and round, even when two requests race.
  await sql`CREATE UNIQUE INDEX report_jobs_one_active ON report_jobs (tenant_id, round_id, user_id) WHERE status in ('queued', 'running')`.execute(db);
  await sql`CREATE INDEX report_jobs_due ON report_jobs (tenant_id, status, lease_until)`.execute(db);
  await sql`CREATE INDEX report_jobs_reader ON report_jobs (tenant_id, user_id, round_id, created_at)`.execute(db);

  await db.schema
    .createTable('report_job_files')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('job_id', 'uuid', (c) => c.notNull())
    // The same byte-order collation as people.person_id (HR ids are opaque keys).
    .addColumn('leader_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull().check(sql`length(file_name) between 5 and 255`))
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('report_job_files_pk', ['tenant_id', 'job_id', 'leader_id'])
    .addUniqueConstraint('report_job_files_name', ['tenant_id', 'job_id', 'file_name'])
    .addForeignKeyConstraint('report_job_files_job', ['tenant_id', 'job_id'], 'report_jobs', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'report_job_files');
}
