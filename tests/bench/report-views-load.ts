import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { z } from 'zod';
import { addMember, createUser, setMemberPerson } from '@spejl/core';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { openLoop, percentile } from './open-loop.ts';

/*
 * Report views as results day brings them: leaders signed in with real sessions open their
 * reports (the tRPC document call, as the console does) on a real server in its own process,
 * driven by autocannon over loopback. Reusable: a bench can start a server, sign leaders in and
 * measure views, alone or while something else (a bulk PDF job) runs on the same server.
 */

const PASSWORD = 'bench leader password 123';
const cacheFigures = z.object({ resultsCache: z.object({ rounds: z.number(), bytes: z.number(), hits: z.number(), misses: z.number() }) });

/** A running report-views-server.ts. */
export interface ReportViewsServer {
  url: string;
  /** CPU time the server process has used so far (user + system), where the system says it (Linux). */
  cpuMs(): number | null;
  /** Stops it; resolves to its results cache's figures (what it held, hits and misses). */
  stop(): Promise<z.infer<typeof cacheFigures>['resultsCache'] | null>;
}

/** Starts the server in its own process over `databaseUrl`; `env` adds settings, e.g. SPEJL_RESULTS_CACHE_ROUNDS: '0' for today's server. */
export async function startReportViewsServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ReportViewsServer> {
  const script = fileURLToPath(new URL('./report-views-server.ts', import.meta.url));
  // e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' to profile the server under load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, ...env, BENCH_DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await once(child.stdout!, 'data');
  const url = out.split('\n')[0]!.trim();
  return {
    url,
    cpuMs: () => processCpuMs(child.pid),
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      const last = out.trim().split('\n').at(-1) ?? '';
      const parsed = cacheFigures.safeParse(last.startsWith('{') ? JSON.parse(last) : null);
      return parsed.success ? parsed.data.resultsCache : null;
    },
  };
}

/** utime + stime of a process from /proc (clock ticks of 10 ms), or null off Linux. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** A leader's account: the person they are in the hierarchy and the address they sign in with. */
export interface LeaderAccount {
  personId: string;
  email: string;
}

/** Creates accounts for these leaders through the core paths: a user with a password, a leader membership, bound to their person. */
export async function createLeaderAccounts(db: Kysely<Database>, tenantId: string, leaders: readonly LeaderAccount[]): Promise<void> {
  for (const leader of leaders) {
    const user = await createUser(db, { email: leader.email, name: `Leder ${leader.personId}`, password: PASSWORD });
    await withTenant(db, tenantId, async (tx) => {
      await addMember(tx, tenantId, user.id, 'leader', null);
      await setMemberPerson(tx, tenantId, user.id, leader.personId, null);
    });
  }
}

/** A leader signed in: their session cookie. */
export interface SignedInLeader {
  personId: string;
  cookie: string;
}

async function signIn(url: string, leader: LeaderAccount): Promise<SignedInLeader> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: leader.email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${leader.email} answered ${response.status}: ${await response.text()}`);
  return { personId: leader.personId, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]! };
}

/** Signs every leader in through the auth HTTP API, a few at a time (each sign-in checks a password hash). */
export async function signInLeaders(url: string, leaders: readonly LeaderAccount[], parallel = 4): Promise<SignedInLeader[]> {
  const out: SignedInLeader[] = [];
  for (let i = 0; i < leaders.length; i += parallel) out.push(...(await Promise.all(leaders.slice(i, i + parallel).map((l) => signIn(url, l)))));
  return out;
}

/** Which round's reports the leaders open: each opens their own leader report. */
export interface ReportViews {
  tenantId: string;
  roundId: string;
  leaders: readonly SignedInLeader[];
}

/** The GET the console sends for one leader's report document. */
function documentPath(views: ReportViews, leader: SignedInLeader): string {
  const input = { tenantId: views.tenantId, roundId: views.roundId, reportId: 'leader', leaderId: leader.personId, locale: 'da' };
  return `/trpc/reports.document?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** Opens every leader's report once and fails unless each is served: a load of refusals would measure nothing. */
export async function checkReportViews(url: string, views: ReportViews): Promise<void> {
  for (const leader of views.leaders) {
    const response = await fetch(`${url}${documentPath(views, leader)}`, { headers: { cookie: leader.cookie } });
    if (response.status !== 200) throw new Error(`leader ${leader.personId}'s report answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
}

/** What a load run measured. */
export interface ViewFigures {
  /** Report documents served per second. */
  rate: number;
  p50: number;
  p99: number;
  max: number;
  served: number;
  /** Non-2xx answers, errors and timeouts. */
  failed: number;
  connections: number;
  seconds: number;
  /** The rate offered, or null when each connection sent as fast as it was answered. */
  offered: number | null;
  /** The server's CPU time per view served (user + system): what bounds the rate on a busy machine. */
  cpuMsPerView: number | null;
}

/** How hard to drive: connections, for how long, and at what rate (none: each connection sends its next view as soon as one is answered). */
export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Views a second offered over all connections, arriving as a morning of leaders brings them whatever the server's pace (open-loop.ts). */
  rate?: number;
  timeoutSeconds?: number;
}

/** Drives report views, each request the next leader's (their own cookie and report): as fast as answered, or at an offered rate. */
export async function driveReportViews(server: ReportViewsServer, views: ReportViews, options: LoadOptions): Promise<ViewFigures> {
  const cpuBefore = server.cpuMs();
  const run = options.rate ? await offered(server, views, options, options.rate) : await asFastAsAnswered(server, views, options);
  const cpuAfter = server.cpuMs();
  return {
    ...run, connections: options.connections, seconds: options.seconds, offered: options.rate ?? null,
    cpuMsPerView: cpuBefore === null || cpuAfter === null || run.served === 0 ? null : (cpuAfter - cpuBefore) / run.served,
  };
}

type Run = Pick<ViewFigures, 'rate' | 'p50' | 'p99' | 'max' | 'served' | 'failed'>;

/** autocannon, each connection sending its next view as soon as the last is answered. */
async function asFastAsAnswered(server: ReportViewsServer, views: ReportViews, options: LoadOptions): Promise<Run> {
  let next = 0;
  const result = await autocannon({
    url: server.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds ?? 10,
    requests: [{
      method: 'GET',
      setupRequest: (request) => ({ ...request, ...viewRequest(views, next++) }),
    }],
  });
  const served = result['2xx'];
  return { rate: served / result.duration, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, served, failed: result.non2xx + result.errors + result.timeouts };
}

/** Views arriving at `rate` a second whatever the server's pace (open-loop.ts says why not autocannon's overallRate). */
async function offered(server: ReportViewsServer, views: ReportViews, options: LoadOptions, rate: number): Promise<Run> {
  const result = await openLoop(server.url, { connections: options.connections, seconds: options.seconds, rate, timeoutSeconds: options.timeoutSeconds ?? 10 }, (k) => viewRequest(views, k));
  const ms = (p: number) => Math.round(percentile(result.latencies, p) * 10) / 10;
  const served = result.latencies.length;
  return { rate: served / result.duration, p50: ms(50), p99: ms(99), max: ms(100), served, failed: result.failed };
}

/** The k-th view: the next leader's own report, with their cookie. */
function viewRequest(views: ReportViews, k: number) {
  const leader = views.leaders[k % views.leaders.length]!;
  return { path: documentPath(views, leader), headers: { cookie: leader.cookie } };
}

/** "412 views/s, p50 …": the note a bench prints beside a figure. */
export function viewsNote(f: ViewFigures): string {
  const cpu = f.cpuMsPerView === null ? '' : `, server CPU ${f.cpuMsPerView.toFixed(2)} ms a view`;
  const load = f.offered === null ? `${f.connections} connections as fast as answered` : `${f.offered} views/s offered over ${f.connections} connections`;
  return `${Math.round(f.rate).toLocaleString('en')} views/s, p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms (${load}, ${f.seconds} s, ${f.served.toLocaleString('en')} served, ${f.failed} failed${cpu})`;
}
