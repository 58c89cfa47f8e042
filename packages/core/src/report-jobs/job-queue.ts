import { randomUUID } from 'node:crypto';
import { currentTenant, sql, type TenantTx } from '@spejl/db';

/*
 * Report jobs are rows in report_jobs (migration 0009), worked by a background worker
 * (report-worker.ts):
 *   queued → running → done | failed;   running → queued when a worker stops cleanly
 * A worker holds a job through a lease (its own owner id and an expiry) and renews it with every
 * leader it stores. Every write checks the lease in the same statement, so a worker that lost its
 * job (stalled past the lease, and another took over) changes nothing. A job whose process died is
 * claimed again once its lease has run out and resumes after the leaders already stored.
 */

/** How long a claimed job is held without a stored leader before another worker may take it over. */
export const JOB_LEASE_MS = 2 * 60_000;
/** How long finished jobs and their files are kept. */
export const KEEP_JOBS_MS = 7 * 24 * 60 * 60_000;

/** A job a worker holds: what to render for whom, and the owner id its writes are checked against. */
export interface ClaimedJob {
  readonly id: string;
  readonly roundId: string;
  readonly userId: string;
  readonly locale: 'da' | 'en';
  readonly owner: string;
}

const until = (now: Date) => new Date(now.getTime() + JOB_LEASE_MS);

/** Claims the oldest queued job, or a running one whose lease has run out (SKIP LOCKED: two workers never take the same one). */
export async function claimJob(tx: TenantTx, now: Date): Promise<ClaimedJob | null> {
  const owner = randomUUID();
  const rows = await sql<{ id: string; round_id: string; user_id: string; locale: 'da' | 'en' }>`
    with due as (
      select tenant_id, id from report_jobs
      where tenant_id = ${currentTenant(tx)} and (status = 'queued' or (status = 'running' and lease_until < ${now}))
      order by created_at, id
      limit 1
      for update skip locked
    )
    update report_jobs j set status = 'running', lease_owner = ${owner}, lease_until = ${until(now)}, started_at = coalesce(j.started_at, ${now})
    from due
    where j.tenant_id = ${currentTenant(tx)} and due.tenant_id = ${currentTenant(tx)} and j.id = due.id
    returning j.id, j.round_id, j.user_id, j.locale`.execute(tx);
  const row = rows.rows[0];
  return row ? { id: row.id, roundId: row.round_id, userId: row.user_id, locale: row.locale, owner } : null;
}

/** The job's row while `job` still holds it, renewed; the lease condition every write below starts from. */
function held(tx: TenantTx, job: ClaimedJob) {
  return tx.updateTable('report_jobs').where('id', '=', job.id).where('lease_owner', '=', job.owner).where('status', '=', 'running');
}

/**
 * Fits a held job to the leaders its reader may read now: drops files of any others, sets total
 * and done. Returns the leaders already stored (not to be rendered again), or null if the lease is lost.
 */
export async function fitJob(tx: TenantTx, job: ClaimedJob, readable: readonly string[], now: Date): Promise<Set<string> | null> {
  if (!(await held(tx, job).set({ lease_until: until(now) }).returning('id').executeTakeFirst())) return null;
  if (readable.length) await tx.deleteFrom('report_job_files').where('job_id', '=', job.id).where('leader_id', 'not in', readable).execute();
  const stored = await tx.selectFrom('report_job_files').select('leader_id').where('job_id', '=', job.id).execute();
  await tx.updateTable('report_jobs').set({ total: readable.length, done: stored.length }).where('id', '=', job.id).execute();
  return new Set(stored.map((r) => r.leader_id));
}

/** Stores one leader's PDF and counts it done in one transaction; false (nothing written) if the lease is lost. */
export async function storeLeaderPdf(tx: TenantTx, tenantId: string, job: ClaimedJob, file: { leaderId: string; fileName: string; bytes: Uint8Array }, now: Date): Promise<boolean> {
  const row = await held(tx, job).set((eb) => ({ done: eb('done', '+', 1), lease_until: until(now) })).returning('id').executeTakeFirst();
  if (!row) return false;
  await tx.insertInto('report_job_files').values({ tenant_id: tenantId, job_id: job.id, leader_id: file.leaderId, file_name: file.fileName, bytes: file.bytes }).execute();
  return true;
}

/** Marks a held job done. */
export async function finishJob(tx: TenantTx, job: ClaimedJob, now: Date): Promise<void> {
  await held(tx, job).set({ status: 'done', finished_at: now, lease_owner: null, lease_until: null }).execute();
}

/** Gives a held job up with a reason its owner can read; its partial files are of no use to anyone. */
export async function failJob(tx: TenantTx, job: ClaimedJob, error: string, now: Date): Promise<void> {
  const row = await held(tx, job).set({ status: 'failed', error, finished_at: now, lease_owner: null, lease_until: null }).returning('id').executeTakeFirst();
  if (row) await tx.deleteFrom('report_job_files').where('job_id', '=', job.id).execute();
}

/** Hands a held job back to the queue (the worker is stopping), so the next worker starts at once instead of waiting out the lease. */
export async function releaseJob(tx: TenantTx, job: ClaimedJob): Promise<void> {
  await held(tx, job).set({ status: 'queued', lease_owner: null, lease_until: null }).execute();
}

/** Deletes jobs (and by cascade their files) finished more than {@link KEEP_JOBS_MS} ago. */
export async function expireJobs(tx: TenantTx, now: Date): Promise<number> {
  const rows = await tx
    .deleteFrom('report_jobs')
    .where('status', 'in', ['done', 'failed'])
    .where('finished_at', '<', new Date(now.getTime() - KEEP_JOBS_MS))
    .returning('id')
    .execute();
  return rows.length;
}
