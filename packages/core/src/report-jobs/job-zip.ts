import { Zip, ZipPassThrough } from 'fflate';
import { withTenant, type Database, type Kysely, type TenantTx } from '@spejl/db';
import type { ReportPlugin } from '@spejl/plugin-sdk';
import { recordAudit } from '../audit/log.ts';
import { codedError, SpejlError } from '../errors/spejl-error.ts';
import { loadRoundResults } from '../reports/round-reports.ts';
import { tenantAccess, type TenantAccess } from '../tenants/tenant-access.ts';
import { safeFileName } from './file-names.ts';
import { jobNotFound, leadersToRender } from './report-jobs.ts';

/** A finished job's PDFs as one ZIP, produced while it is sent. */
export interface ReportJobZip {
  readonly fileName: string;
  readonly files: number;
  readonly stream: ReadableStream<Uint8Array>;
}

interface Entry { leader_id: string; file_name: string; created_at: Date }
type Caller = { id: string; operator: boolean };

const sameAccess = (a: TenantAccess | null, b: TenantAccess) => a?.role === b.role && a.personId === b.personId;

/**
 * The leaders whose report the caller may read NOW, by the rule the worker rendered with. The job
 * was rendered for who the caller was then; a role or person taken away since must take the files
 * with it. Empty when they may read none (or the round has no leader report any more).
 */
async function readableNow(tx: TenantTx, tenantId: string, roundId: string, access: TenantAccess, locale: 'da' | 'en', plugins: readonly ReportPlugin[]): Promise<Set<string>> {
  try {
    const results = await loadRoundResults(tx, tenantId, roundId, plugins);
    return new Set(leadersToRender(results, plugins, access, locale).map((l) => l.personId));
  } catch (error) {
    if (error instanceof SpejlError) return new Set();
    throw error;
  }
}

/**
 * The ZIP, built as the reader pulls it: one PDF is read from the database (in its own short
 * tenant transaction) only when the previous one has been sent, so a job of hundreds of MB never
 * sits in memory. PDFs are stored, not deflated: they are compressed already. Each file's
 * transaction checks again that the caller still is what they were when the download began:
 * a download of hundreds of files takes minutes, and a role taken away meanwhile ends it.
 */
function zipStream(db: Kysely<Database>, tenantId: string, jobId: string, caller: { user: Caller; access: TenantAccess }, entries: readonly Entry[]): ReadableStream<Uint8Array> {
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
      const file = await withTenant(db, tenantId, async (tx) => {
        if (!sameAccess(await tenantAccess(tx, tenantId, caller.user), caller.access)) throw new Error(`the reader's role changed during the download of job ${jobId}`);
        return tx.selectFrom('report_job_files').select('bytes').where('job_id', '=', jobId).where('leader_id', '=', entry.leader_id).executeTakeFirst();
      });
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
 * log. Only the files of leaders the user may read now go in: their role and reading rights are
 * checked again, file by file, as they are today. Anyone else — another member, another
 * organisation's user, someone who has left the organisation or may now read none of its
 * files — gets the answer a job that does not exist gets.
 */
export async function openReportJobZip(db: Kysely<Database>, tenantId: string, jobId: string, user: Caller, plugins: readonly ReportPlugin[]): Promise<ReportJobZip> {
  const { job, entries, access } = await withTenant(db, tenantId, async (tx) => {
    const access = await tenantAccess(tx, tenantId, user);
    if (!access) throw jobNotFound(jobId);
    const job = await tx
      .selectFrom('report_jobs')
      .innerJoin('rounds', (j) => j.onRef('rounds.tenant_id', '=', 'report_jobs.tenant_id').onRef('rounds.id', '=', 'report_jobs.round_id'))
      .select(['report_jobs.status', 'report_jobs.done', 'report_jobs.total', 'report_jobs.locale', 'report_jobs.round_id', 'rounds.name'])
      .where('report_jobs.id', '=', jobId)
      .where('report_jobs.user_id', '=', user.id)
      .executeTakeFirst();
    if (!job) throw jobNotFound(jobId);
    if (job.status !== 'done') throw codedError('CONFLICT', 'pdfJob.notDone', { status: job.status, done: job.done, total: job.total });
    const readable = await readableNow(tx, tenantId, job.round_id, access, job.locale, plugins);
    const stored = await tx.selectFrom('report_job_files').select(['leader_id', 'file_name', 'created_at']).where('job_id', '=', jobId).orderBy('file_name').execute();
    const entries = stored.filter((e) => readable.has(e.leader_id));
    if (!entries.length) throw jobNotFound(jobId);
    await recordAudit(tx, { tenantId, actorUserId: user.id, action: 'report.bulk-pdf.download', target: jobId, details: { roundId: job.round_id, files: entries.length, withheld: stored.length - entries.length } });
    return { job, entries, access };
  });
  const what = job.locale === 'en' ? 'leader reports' : 'lederrapporter';
  return { fileName: `${safeFileName(job.name, 'måling')} – ${what}.zip`, files: entries.length, stream: zipStream(db, tenantId, jobId, { user, access }, entries) };
}
