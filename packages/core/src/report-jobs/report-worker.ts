import { isConnectionLost, withTenant, type Database, type Kysely } from '@spejl/db';
import type { ReportDocument, ReportPlugin } from '@spejl/plugin-sdk';
import { startPeriodicWorker, type PeriodicWorker } from '../background/periodic-worker.ts';
import { codedError, SpejlError } from '../errors/spejl-error.ts';
import { roundResultsIndex } from '../reports/round-index.ts';
import { loadRoundResults, roundReport, type RoundResults } from '../reports/round-reports.ts';
import { userTenantAccess, type TenantAccess } from '../tenants/tenant-access.ts';
import { leaderFileNames } from './file-names.ts';
import { claimJob, expireJobs, failJob, finishJob, fitJob, releaseJob, storeLeaderPdf, type ClaimedJob } from './job-queue.ts';
import { sharedPdfPool, startPdfPool, type PdfPool } from './pdf-pool.ts';
import { leadersToRender } from './report-jobs.ts';

/** What the report worker needs: the report plugins, and seams for tests (a watched renderer, a moved clock). */
export interface ReportJobOptions {
  plugins: readonly ReportPlugin[];
  /** Renders a document to PDF; default the PDF threads (the process's shared pool, or the worker's own). */
  render?: (document: ReportDocument) => Promise<Uint8Array>;
  /** Documents rendering at once; default one more than the pool's threads (so no thread waits while one is stored), 1 with `render`. */
  inFlight?: number;
  now?: () => Date;
}

/** How a job renders: the renderer, and how many documents it keeps rendering at once. */
interface Renderer {
  readonly render: (document: ReportDocument) => Promise<Uint8Array>;
  readonly inFlight: number;
}

function rendererOf(o: ReportJobOptions, pool: () => PdfPool): Renderer {
  if (o.render) return { render: o.render, inFlight: o.inFlight ?? 1 };
  const threads = pool();
  return { render: threads.render, inFlight: o.inFlight ?? threads.threads + 1 };
}

/** What is left of a job: the loaded results, the reader as they are now, and the leaders not stored yet. */
interface Plan {
  readonly results: RoundResults;
  readonly reader: TenantAccess;
  readonly leaders: readonly { readonly personId: string; readonly fileName: string }[];
}

type Outcome = 'done' | 'stopping' | 'lost' | 'changed';

const clock = (o: ReportJobOptions) => (o.now ?? (() => new Date()))();
const sameReader = (a: TenantAccess | null, b: TenantAccess) => a?.role === b.role && a.personId === b.personId;
/** Names are decided over every leader of the round, so a leader's file has one name whoever reads it. */
const EVERY_LEADER = { role: 'admin', personId: null } as const;

/** Resolves the job's user as they are now and lists what is still to render; null when the lease is lost. */
async function planJob(db: Kysely<Database>, tenantId: string, job: ClaimedJob, o: ReportJobOptions): Promise<Plan | null> {
  return withTenant(db, tenantId, async (tx) => {
    const reader = await userTenantAccess(tx, tenantId, job.userId);
    if (!reader) throw codedError('FORBIDDEN', 'pdfJob.starterGone', {});
    const results = await loadRoundResults(tx, tenantId, job.roundId, o.plugins);
    const readable = leadersToRender(results, o.plugins, reader, job.locale);
    const everyone = roundResultsIndex(results, o.plugins, EVERY_LEADER, job.locale);
    const names = leaderFileNames(everyone.leaders, everyone.name);
    const stored = await fitJob(tx, job, readable.map((l) => l.personId), clock(o));
    if (!stored) return null;
    const leaders = readable.filter((l) => !stored.has(l.personId)).map((l) => ({ personId: l.personId, fileName: names.get(l.personId)! }));
    return { results, reader, leaders };
  });
}

/** A render under way; its failure is read when it is stored, so it is never an unhandled rejection meanwhile. */
function underWay(bytes: Promise<Uint8Array>): Promise<Uint8Array> {
  bytes.catch(() => undefined);
  return bytes;
}

/**
 * Renders and stores the leaders still missing, in order. Documents (and the access check in them)
 * are made here; the PDFs render in threads, `inFlight` at a time, each stored as soon as it and
 * those before it are done. Stopping stores what is rendering, then hands the job back.
 */
async function renderMissing(db: Kysely<Database>, tenantId: string, job: ClaimedJob, plan: Plan, o: ReportJobOptions, renderer: Renderer, signal: AbortSignal): Promise<Outcome> {
  const pending: { leader: Plan['leaders'][number]; bytes: Promise<Uint8Array> }[] = [];
  const storeNext = async (): Promise<Outcome | null> => {
    const { leader, bytes } = pending.shift()!;
    const pdf = await bytes;
    return withTenant(db, tenantId, async (tx): Promise<Outcome | null> => {
      // A role or person changed while the job ran: plan again rather than store what they may no longer read.
      if (!sameReader(await userTenantAccess(tx, tenantId, job.userId), plan.reader)) return 'changed';
      return (await storeLeaderPdf(tx, tenantId, job, { leaderId: leader.personId, fileName: leader.fileName, bytes: pdf }, clock(o))) ? null : 'lost';
    });
  };
  try {
    let stopped = false;
    for (const leader of plan.leaders) {
      if ((stopped = signal.aborted)) break;
      const document = roundReport(plan.results, o.plugins, plan.reader, { reportId: 'leader', leaderId: leader.personId, locale: job.locale });
      pending.push({ leader, bytes: underWay(renderer.render(document)) });
      const outcome = pending.length >= renderer.inFlight ? await storeNext() : null;
      if (outcome) return outcome;
    }
    while (pending.length) {
      const outcome = await storeNext();
      if (outcome) return outcome;
    }
    return stopped ? 'stopping' : 'done';
  } finally {
    // Renders still going when the job ends are not stored; they finish before the next plan or job.
    await Promise.allSettled(pending.map((p) => p.bytes));
  }
}

/** Works one claimed job to its end, to a clean stop, or to a failure its owner can read. */
async function runJob(db: Kysely<Database>, tenantId: string, job: ClaimedJob, o: ReportJobOptions, renderer: Renderer, signal: AbortSignal): Promise<void> {
  try {
    for (;;) {
      const plan = await planJob(db, tenantId, job, o);
      const outcome = plan ? await renderMissing(db, tenantId, job, plan, o, renderer, signal) : 'lost';
      if (outcome === 'changed') continue;
      if (outcome === 'done') await withTenant(db, tenantId, (tx) => finishJob(tx, job, clock(o)));
      if (outcome === 'stopping') await withTenant(db, tenantId, (tx) => releaseJob(tx, job));
      return;
    }
  } catch (error) {
    // A lost connection says nothing about the job: leave it to be claimed again (now, if the
    // queue can be reached; else when its lease runs out) rather than fail its owner's PDFs.
    if (isConnectionLost(error)) {
      await withTenant(db, tenantId, (tx) => releaseJob(tx, job)).catch(() => undefined);
      throw error;
    }
    const reason = error instanceof SpejlError ? error.message : `the PDFs could not be made (${error instanceof Error ? error.message : String(error)})`;
    await withTenant(db, tenantId, (tx) => failJob(tx, job, `The job stopped: ${reason}.`, clock(o)));
  }
}

/** Works one tenant's report jobs until none is due (or the worker stops), after deleting expired ones; returns how many it worked. */
export async function runTenantReportJobs(db: Kysely<Database>, tenantId: string, o: ReportJobOptions, signal: AbortSignal, renderer = rendererOf(o, sharedPdfPool)): Promise<number> {
  await withTenant(db, tenantId, (tx) => expireJobs(tx, clock(o)));
  let worked = 0;
  while (!signal.aborted) {
    const job = await withTenant(db, tenantId, (tx) => claimJob(tx, clock(o)));
    if (!job) break;
    await runJob(db, tenantId, job, o, renderer, signal);
    worked++;
  }
  return worked;
}

/** One pass over every tenant, each in its own tenant transaction as the mail job does. */
export async function runReportJobs(db: Kysely<Database>, o: ReportJobOptions, signal: AbortSignal = new AbortController().signal, renderer = rendererOf(o, sharedPdfPool)): Promise<number> {
  const tenants = await db.selectFrom('tenants').select('id').execute();
  let worked = 0;
  for (const t of tenants) {
    if (signal.aborted) break;
    worked += await runTenantReportJobs(db, t.id, o, signal, renderer);
  }
  return worked;
}

/** The report worker's settings: the job options, how often it looks for jobs, its PDF threads. */
export interface ReportWorkerOptions extends ReportJobOptions {
  intervalMs?: number;
  /** Threads of the worker's own PDF pool (default one per core, at most four); unused with `render`. */
  pdfThreads?: number;
  onError?: (e: unknown) => void;
}

/**
 * Runs the report jobs every `intervalMs` until stopped; stopping hands a job in progress back to the
 * queue, then ends the worker's PDF threads.
 */
export function startReportWorker(db: Kysely<Database>, o: ReportWorkerOptions): PeriodicWorker {
  let pool: PdfPool | undefined;
  const renderer = rendererOf(o, () => (pool = startPdfPool({ threads: o.pdfThreads, onError: o.onError })));
  const worker = startPeriodicWorker((signal) => runReportJobs(db, o, signal, renderer), { intervalMs: o.intervalMs ?? 5000, onError: o.onError });
  return {
    async stop() {
      await worker.stop();
      await pool?.close();
    },
  };
}
