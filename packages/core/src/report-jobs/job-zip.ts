import { Zip, ZipPassThrough } from 'fflate';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { SpejlError } from '../errors/spejl-error.ts';
import { tenantAccess } from '../tenants/tenant-access.ts';
import { safeFileName } from './file-names.ts';
import { jobNotFound } from './report-jobs.ts';

/** A finished job's PDFs as one ZIP, produced while it is sent. */
export interface ReportJobZip {
  readonly fileName: string;
  readonly files: number;
  readonly stream: ReadableStream<Uint8Array>;
}

interface Entry { leader_id: string; file_name: string; created_at: Date }

/**
 * The ZIP, built as the reader pulls it: one PDF is read from the database (in its own short
 * tenant transaction) only when the previous one has been sent, so a job of hundreds of MB never
 * sits in memory. PDFs are stored, not deflated: they are compressed already.
 */
function zipStream(db: Kysely<Database>, tenantId: string, jobId: string, entries: readonly Entry[]): ReadableStream<Uint8Array> {
  let zip: Zip;
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      const entry = entries[next++];
      if (!entry) return zip.end();
      const file = await withTenant(db, tenantId, (tx) =>
        tx.selectFrom('report_job_files').select('bytes').where('job_id', '=', jobId).where('leader_id', '=', entry.leader_id).executeTakeFirst(),
      );
      if (!file) throw new Error(`${entry.file_name} of job ${jobId} is gone (the job expired during the download)`);
      const member = new ZipPassThrough(entry.file_name);
      member.mtime = entry.created_at;
      zip.add(member);
      member.push(file.bytes, true);
    },
  });
}

/**
 * Opens a finished job's ZIP for the user who started it, recording the download in the audit
 * log. Anyone else — another member, another organisation's user, someone who has left the
 * organisation — gets the answer a job that does not exist gets.
 */
export async function openReportJobZip(db: Kysely<Database>, tenantId: string, jobId: string, user: { id: string; operator: boolean }): Promise<ReportJobZip> {
  const { job, entries } = await withTenant(db, tenantId, async (tx) => {
    if (!(await tenantAccess(tx, tenantId, user))) throw jobNotFound(jobId);
    const job = await tx
      .selectFrom('report_jobs')
      .innerJoin('rounds', (j) => j.onRef('rounds.tenant_id', '=', 'report_jobs.tenant_id').onRef('rounds.id', '=', 'report_jobs.round_id'))
      .select(['report_jobs.status', 'report_jobs.done', 'report_jobs.total', 'report_jobs.locale', 'report_jobs.round_id', 'rounds.name'])
      .where('report_jobs.id', '=', jobId)
      .where('report_jobs.user_id', '=', user.id)
      .executeTakeFirst();
    if (!job) throw jobNotFound(jobId);
    if (job.status !== 'done') throw new SpejlError('CONFLICT', `the PDF job is ${job.status} (${job.done} of ${job.total} leaders); download it when it is done`);
    const entries = await tx.selectFrom('report_job_files').select(['leader_id', 'file_name', 'created_at']).where('job_id', '=', jobId).orderBy('file_name').execute();
    await recordAudit(tx, { tenantId, actorUserId: user.id, action: 'report.bulk-pdf.download', target: jobId, details: { roundId: job.round_id, files: entries.length } });
    return { job, entries };
  });
  const what = job.locale === 'en' ? 'leader reports' : 'lederrapporter';
  return { fileName: `${safeFileName(job.name, 'måling')} – ${what}.zip`, files: entries.length, stream: zipStream(db, tenantId, jobId, entries) };
}
