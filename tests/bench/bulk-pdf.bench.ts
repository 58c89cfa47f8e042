import { availableParallelism } from 'node:os';
import { addMember, createUser, startReportJob } from '@spejl/core';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { reports } from '@spejl/plugin-registry';
import { benchDatabaseUrl, type BenchContext, type BenchFigure, type BenchModule } from './bench-module.ts';
import { largeRound, largeRoundThemes, type LargeRound } from './large-round.ts';
import {
  checkReportViews, createLeaderAccounts, driveReportViews, signInLeaders, startReportViewsServer, viewsNote,
  type LeaderAccount, type ReportViews, type ReportViewsServer, type ViewFigures,
} from './report-views-load.ts';
import { seedRound } from './seed-round.ts';

/*
 * Bulk PDFs (DESIGN.md "Performance"): an admin asks for every leader's report of the large
 * tenant's closed round, and the server's report worker makes them (documents on the server's
 * thread, PDFs in its PDF threads), on a server in its own process as in production. Target: all
 * ~3,500 leaders in ≤ 3 minutes. Then leaders open their reports (the results-day load) without a
 * job and during one: report views' p99 during a job ≤ 1.5 × without one.
 */

const TARGET_ALL_MS = 180_000;
/** DESIGN.md's large tenant has ~3,500 leaders: the per-leader pace that makes three minutes. */
const TARGET_PER_LEADER_MS = TARGET_ALL_MS / 3_500;
const VIEW_LEADERS = 200;
const CONNECTIONS = 200;
const VIEW_SECONDS = 15;
const P99_FACTOR = 1.5;
const POLL_MS = 250;
/** A job whose count of leaders done stands still this long has stalled: the bench fails. */
const STALLED_MS = 120_000;

interface JobRow {
  status: string;
  done: number;
  total: number;
  error: string | null;
  ms: number | null;
}

async function jobRow(db: Kysely<Database>, tenantId: string, jobId: string): Promise<JobRow> {
  const row = await withTenant(db, tenantId, (tx) => tx.selectFrom('report_jobs').select(['status', 'done', 'total', 'error', 'started_at', 'finished_at']).where('id', '=', jobId).executeTakeFirstOrThrow());
  const ms = row.started_at && row.finished_at ? new Date(row.finished_at).getTime() - new Date(row.started_at).getTime() : null;
  return { status: row.status, done: row.done, total: row.total, error: row.error, ms };
}

/** Polls the job until `until` holds of it; a failed job, or one that stalls, fails the bench (a slow one is a figure). */
async function waitForJob(db: Kysely<Database>, tenantId: string, jobId: string, until: (row: JobRow) => boolean): Promise<JobRow> {
  let last = { done: -1, at: Date.now() };
  for (;;) {
    const row = await jobRow(db, tenantId, jobId);
    if (row.status === 'failed') throw new Error(`the bulk PDF job failed: ${row.error}`);
    if (until(row)) return row;
    if (row.done !== last.done) last = { done: row.done, at: Date.now() };
    if (Date.now() - last.at > STALLED_MS) throw new Error(`the bulk PDF job stalled at ${row.done} of ${row.total} leaders (${row.status})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** An admin of the tenant, who may read every leader's report. */
async function benchAdmin(db: Kysely<Database>, tenantId: string): Promise<string> {
  const user = await createUser(db, { email: 'bulk-admin@kommune.example', name: 'Bulk Admin', password: 'bench admin password 123' });
  await withTenant(db, tenantId, (tx) => addMember(tx, tenantId, user.id, 'admin', null));
  return user.id;
}

/** Queues a job for every leader's report, as the console's "all leaders as PDF" does. */
async function startAllLeaders(db: Kysely<Database>, tenantId: string, roundId: string, userId: string): Promise<{ jobId: string; total: number }> {
  const job = await withTenant(db, tenantId, (tx) => startReportJob(tx, tenantId, { userId, reader: { role: 'admin', personId: null } }, { roundId, locale: 'da' }, reports));
  return { jobId: job.jobId, total: job.total };
}

/** Leaders spread over the round (its leaders are its first persons) who open their own reports. */
function viewers(round: LargeRound, count: number): LeaderAccount[] {
  const n = Math.min(count, round.leaders);
  return Array.from({ length: n }, (_, i) => {
    const personId = round.hierarchy.personIds[Math.floor((i * round.leaders) / n)]!;
    return { personId, email: `bulk-${personId.toLowerCase()}@kommune.example` };
  });
}

async function measure(context: BenchContext, server: ReportViewsServer, round: LargeRound, ids: { tenantId: string; roundId: string }): Promise<BenchFigure[]> {
  const { database, size } = context;
  const db = database.db;
  const admin = await benchAdmin(db, ids.tenantId);

  // The whole job with nothing else on the server; its CPU time (all the server's threads) is steadier on a shared machine.
  const cpuBefore = server.cpuMs();
  const all = await startAllLeaders(db, ids.tenantId, ids.roundId, admin);
  const alone = await waitForJob(db, ids.tenantId, all.jobId, (r) => r.status === 'done');
  const cpuAfter = server.cpuMs();
  const perLeader = alone.ms! / all.total;
  const cpuPerLeader = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / all.total;
  const cores = availableParallelism();
  const cpuNote = cpuPerLeader === null ? '' : `; server CPU ${cpuPerLeader.toFixed(0)} ms a leader (all its threads), ${((cpuPerLeader * all.total) / cores / 60_000).toFixed(1)} min on ${cores} idle cores`;

  // Report views without a job, then during one (the second job is left running when the server stops).
  const accounts = viewers(round, size.scaled(VIEW_LEADERS));
  await createLeaderAccounts(db, ids.tenantId, accounts);
  const views: ReportViews = { ...ids, leaders: await signInLeaders(server.url, accounts) };
  await checkReportViews(server.url, views);
  const load = { connections: size.scaled(CONNECTIONS), seconds: size.seconds(VIEW_SECONDS) };
  await driveReportViews(server, views, { ...load, seconds: size.seconds(3) }); // JIT, pools, the round's results in memory
  const quiet = await driveReportViews(server, views, load);
  const second = await startAllLeaders(db, ids.tenantId, ids.roundId, admin);
  const started = await waitForJob(db, ids.tenantId, second.jobId, (r) => r.done > 0);
  const busy = await driveReportViews(server, views, load);
  const after = await jobRow(db, ids.tenantId, second.jobId);

  const leaders = `${all.total.toLocaleString('en')} leaders of ${round.hierarchy.manager.length.toLocaleString('en')} persons`;
  const views99 = (f: ViewFigures) => `${f.p99} ms`;
  return [
    { name: 'bulk PDF: all leaders', medianMs: alone.ms!, targetMs: TARGET_ALL_MS, note: `${leaders}, ${(alone.ms! / 60_000).toFixed(1)} min; documents on the server's thread, PDFs in its threads${cpuNote}` },
    { name: 'bulk PDF: per leader', medianMs: perLeader, targetMs: TARGET_PER_LEADER_MS, note: `${(1000 / perLeader).toFixed(1)} leaders/s (three minutes for 3,500 leaders needs ${(3_500 / 180).toFixed(1)}/s)` },
    {
      name: 'report views p99 during a bulk job',
      medianMs: busy.p99,
      targetMs: P99_FACTOR * quiet.p99,
      note: `${views99(busy)} against ${views99(quiet)} without a job (target ≤ ${P99_FACTOR} ×); during: ${viewsNote(busy)}; the job went from ${started.done} to ${after.done} of ${after.total} leaders meanwhile`,
    },
  ];
}

async function run(context: BenchContext): Promise<BenchFigure[]> {
  const round = largeRound(context.size.persons);
  const ids = await seedRound(context.database.db, round, largeRoundThemes(round));
  // The report worker looks for jobs often, so a job's time is its own, not the wait for the next look.
  const server = await startReportViewsServer(await benchDatabaseUrl(context), { BENCH_REPORT_INTERVAL_MS: '200' });
  try {
    return await measure(context, server, round, ids);
  } finally {
    await server.stop();
  }
}

/** All leaders' PDFs on the large tenant, and report views while they render. */
const bench: BenchModule = { name: 'bulk PDF', run };
export default bench;
