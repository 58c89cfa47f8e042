import { isConnectionLost, withTenant, type Database, type Kysely } from '@spejl/db';
import type { ReportDocument, ReportPlugin } from '@spejl/plugin-sdk';
import { renderPdf } from '@spejl/report-render';
import { startPeriodicWorker, type PeriodicWorker } from '../background/periodic-worker.ts';
import { codedError, SpejlError } from '../errors/spejl-error.ts';
import { roundResultsIndex } from '../reports/round-index.ts';
import { loadRoundResults, roundReport, type RoundResults } from '../reports/round-reports.ts';
import { userTenantAccess, type TenantAccess } from '../tenants/tenant-access.ts';
import { leaderFileNames } from './file-names.ts';
import { claimJob, expireJobs, failJob, finishJob, fitJob, releaseJob, storeLeaderPdf, type ClaimedJob } from './job-queue.ts';
import { leadersToRender } from './report-jobs.ts';

/** What the report worker needs: the report plugins, and seams for tests (a watched renderer, a moved clock). */
export interface ReportJobOptions {
  plugins: readonly ReportPlugin[];
  render?: (document: ReportDocument) => Promise<Uint8Array>;
  now?: () => Date;
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

/** Renders and stores the leaders still missing, one at a time, yielding to the event loop between them. */
async function renderMissing(db: Kysely<Database>, tenantId: string, job: ClaimedJob, plan: Plan, o: ReportJobOptions, signal: AbortSignal): Promise<Outcome> {
  for (const leader of plan.leaders) {
    if (signal.aborted) return 'stopping';
    const document = roundReport(plan.results, o.plugins, plan.reader, { reportId: 'leader', leaderId: leader.personId, locale: job.locale });
    const bytes = await (o.render ?? renderPdf)(document);
    const outcome = await withTenant(db, tenantId, async (tx): Promise<Outcome | null> => {
      // A role or person changed while the job ran: plan again rather than store what they may no longer read.
      if (!sameReader(await userTenantAccess(tx, tenantId, job.userId), plan.reader)) return 'changed';
      return (await storeLeaderPdf(tx, tenantId, job, { leaderId: leader.personId, fileName: leader.fileName, bytes }, clock(o))) ? null : 'lost';
    });
    if (outcome) return outcome;
    // pdfmake renders on the main thread (~130 ms a leader): let waiting requests in before the next one.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return 'done';
}

/** Works one claimed job to its end, to a clean stop, or to a failure its owner can read. */
async function runJob(db: Kysely<Database>, tenantId: string, job: ClaimedJob, o: ReportJobOptions, signal: AbortSignal): Promise<void> {
  try {
    for (;;) {
      const plan = await planJob(db, tenantId, job, o);
      const outcome = plan ? await renderMissing(db, tenantId, job, plan, o, signal) : 'lost';
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
export async function runTenantReportJobs(db: Kysely<Database>, tenantId: string, o: ReportJobOptions, signal: AbortSignal): Promise<number> {
  await withTenant(db, tenantId, (tx) => expireJobs(tx, clock(o)));
  let worked = 0;
  while (!signal.aborted) {
    const job = await withTenant(db, tenantId, (tx) => claimJob(tx, clock(o)));
    if (!job) break;
    await runJob(db, tenantId, job, o, signal);
    worked++;
  }
  return worked;
}

/** One pass over every tenant, each in its own tenant transaction as the mail job does. */
export async function runReportJobs(db: Kysely<Database>, o: ReportJobOptions, signal: AbortSignal = new AbortController().signal): Promise<number> {
  const tenants = await db.selectFrom('tenants').select('id').execute();
  let worked = 0;
  for (const t of tenants) {
    if (signal.aborted) break;
    worked += await runTenantReportJobs(db, t.id, o, signal);
  }
  return worked;
}

/** Runs the report jobs every `intervalMs` until stopped; stopping hands a job in progress back to the queue. */
export function startReportWorker(db: Kysely<Database>, o: ReportJobOptions & { intervalMs?: number; onError?: (e: unknown) => void }): PeriodicWorker {
  return startPeriodicWorker((signal) => runReportJobs(db, o, signal), { intervalMs: o.intervalMs ?? 5000, onError: o.onError });
}
