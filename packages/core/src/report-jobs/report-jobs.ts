import type { ReportJobStatus, TenantTx } from '@spejl/db';
import type { Locale, ReportPlugin } from '@spejl/plugin-sdk';
import { codedError, SpejlError } from '../errors/spejl-error.ts';
import { KEEP_JOBS_MS } from './job-queue.ts';
import type { ReportReader } from '../reports/report-access.ts';
import { roundResultsIndex, type ResultLeader } from '../reports/round-index.ts';
import { loadRoundResults, type RoundResults } from '../reports/round-reports.ts';

/** A report job as its owner sees it in the console. */
export interface ReportJobProgress {
  readonly jobId: string;
  readonly roundId: string;
  readonly status: ReportJobStatus;
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /** When a finished job's files are deleted. */
  readonly expiresAt: string | null;
}

/** Someone else's job, another organisation's, or none at all: the same answer, so job ids reveal nothing. */
export function jobNotFound(jobId: string): SpejlError {
  return new SpejlError('NOT_FOUND', `there is no PDF job ${jobId} of yours in this organisation; start a new one`, [], { code: 'pdfJob.notFound', params: {} });
}

/**
 * The leaders whose leader report a reader gets in a bulk job: every leader they may read, in the
 * hierarchy's reading order. Refuses when the round has no leader report or the reader may read none.
 */
export function leadersToRender(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, locale: Locale): readonly ResultLeader[] {
  const index = roundResultsIndex(results, plugins, reader, locale);
  if (!index.reports.some((r) => r.id === 'leader')) throw codedError('CONFLICT', 'pdfJob.noLeaderReport', { round: index.name });
  const evaluated = index.leaders.filter((l) => l.evaluated);
  if (!evaluated.length) throw codedError('FORBIDDEN', 'pdfJob.nothingReadable', { round: index.name });
  return evaluated;
}

function jobs(tx: TenantTx, userId: string) {
  return tx
    .selectFrom('report_jobs')
    .select(['id', 'round_id', 'status', 'done', 'total', 'error', 'created_at', 'finished_at'])
    .where('user_id', '=', userId);
}

type JobRow = Awaited<ReturnType<ReturnType<typeof jobs>['executeTakeFirstOrThrow']>>;

function progressOf(r: JobRow): ReportJobProgress {
  const finished = r.finished_at ? new Date(r.finished_at) : null;
  return {
    jobId: r.id, roundId: r.round_id, status: r.status, done: r.done, total: r.total, error: r.error, createdAt: new Date(r.created_at).toISOString(),
    finishedAt: finished?.toISOString() ?? null, expiresAt: finished ? new Date(finished.getTime() + KEEP_JOBS_MS).toISOString() : null,
  };
}

/** How far one of the user's own jobs has come. */
export async function reportJobProgress(tx: TenantTx, userId: string, jobId: string): Promise<ReportJobProgress> {
  const row = await jobs(tx, userId).where('id', '=', jobId).executeTakeFirst();
  if (!row) throw jobNotFound(jobId);
  return progressOf(row);
}

/** The user's own jobs for a round, newest first (the console shows the latest after a reload). */
export async function reportJobsOf(tx: TenantTx, userId: string, roundId: string, limit = 10): Promise<ReportJobProgress[]> {
  const rows = await jobs(tx, userId).where('round_id', '=', roundId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(progressOf);
}

/**
 * Queues a job rendering the leader report of every leader the user may read, one PDF each, for
 * the background worker. While the user has a job for the round queued or running, that job is
 * returned instead of a second one (the database's unique index decides even when two requests race).
 */
export async function startReportJob(tx: TenantTx, tenantId: string, owner: { userId: string; reader: ReportReader }, input: { roundId: string; locale: Locale }, plugins: readonly ReportPlugin[]): Promise<ReportJobProgress> {
  const results = await loadRoundResults(tx, tenantId, input.roundId, plugins);
  const leaders = leadersToRender(results, plugins, owner.reader, input.locale);
  await tx
    .insertInto('report_jobs')
    .values({ tenant_id: tenantId, round_id: input.roundId, user_id: owner.userId, locale: input.locale, total: leaders.length })
    .onConflict((oc) => oc.columns(['tenant_id', 'round_id', 'user_id']).where('status', 'in', ['queued', 'running']).doNothing())
    .execute();
  const active = await jobs(tx, owner.userId).where('round_id', '=', input.roundId).where('status', 'in', ['queued', 'running']).executeTakeFirstOrThrow();
  return progressOf(active);
}
