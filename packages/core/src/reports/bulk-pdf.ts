import { randomUUID } from 'node:crypto';
import type { Locale, ReportPlugin } from '@spejl/plugin-sdk';
import { renderPdf } from '@spejl/report-render';
import { SpejlError } from '../errors/spejl-error.ts';
import type { ReportReader } from './report-access.ts';
import { roundReport, type RoundResults } from './round-reports.ts';
import { roundResultsIndex } from './round-index.ts';

/** Where a bulk PDF job is; the finished PDF stays available for an hour. */
export interface BulkPdfProgress {
  readonly jobId: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
  readonly fileName: string;
}

interface BulkPdfJob extends BulkPdfProgress {
  readonly tenantId: string;
  readonly userId: string;
  readonly startedAt: number;
  pdf: Buffer | null;
}

const KEEP_MS = 60 * 60 * 1000;
/** Leaders rendered between yields to the event loop, so requests keep being served while a job runs. */
const BATCH = 10;
const jobs = new Map<string, BulkPdfJob>();

function forget(now: number): void {
  for (const [id, job] of jobs) if (now - job.startedAt > KEEP_MS) jobs.delete(id);
}

function progressOf(job: BulkPdfJob): BulkPdfProgress {
  const { jobId, status, done, total, error, fileName } = job;
  return { jobId, status, done, total, error, fileName };
}

/**
 * Starts rendering the leader report of every leader the reader may read into one PDF, one
 * leader per page run. Works from the already loaded, filtered results (no database after
 * this call), in batches so the server stays responsive; poll {@link bulkPdfProgress}.
 */
export function startBulkPdf(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, owner: { tenantId: string; userId: string }, locale: Locale): BulkPdfProgress {
  forget(Date.now());
  const leaders = roundResultsIndex(results, plugins, reader, locale).leaders;
  const job: BulkPdfJob = {
    jobId: randomUUID(), status: 'running', done: 0, total: leaders.length, error: null,
    fileName: `${results.source.round.name} – lederrapporter.pdf`, tenantId: owner.tenantId, userId: owner.userId, startedAt: Date.now(), pdf: null,
  };
  jobs.set(job.jobId, job);
  const run = async () => {
    const documents = [];
    for (let i = 0; i < leaders.length; i += BATCH) {
      for (const leader of leaders.slice(i, i + BATCH)) documents.push(roundReport(results, plugins, reader, { reportId: 'leader', leaderId: leader.personId, locale }));
      Object.assign(job, { done: documents.length });
      await new Promise((resolve) => setImmediate(resolve));
    }
    job.pdf = await renderPdf(documents, { title: job.fileName });
    Object.assign(job, { status: 'done' });
  };
  run().catch((error: unknown) => Object.assign(job, { status: 'failed', error: error instanceof Error ? error.message : String(error) }));
  return progressOf(job);
}

function ownJob(jobId: string, owner: { tenantId: string; userId: string }): BulkPdfJob {
  const job = jobs.get(jobId);
  // Someone else's job looks exactly like one that does not exist.
  if (!job || job.tenantId !== owner.tenantId || job.userId !== owner.userId) throw new SpejlError('NOT_FOUND', `there is no PDF job ${jobId} of yours; start a new one`);
  return job;
}

/** How far a bulk PDF job has come. */
export function bulkPdfProgress(jobId: string, owner: { tenantId: string; userId: string }): BulkPdfProgress {
  return progressOf(ownJob(jobId, owner));
}

/** The finished PDF of a bulk job. */
export function bulkPdfFile(jobId: string, owner: { tenantId: string; userId: string }): { fileName: string; pdf: Buffer } {
  const job = ownJob(jobId, owner);
  if (job.status !== 'done' || !job.pdf) throw new SpejlError('CONFLICT', `the PDF job is ${job.status} (${job.done} of ${job.total} leaders); wait until it is done`);
  return { fileName: job.fileName, pdf: job.pdf };
}
