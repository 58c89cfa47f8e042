import { benchDatabaseUrl, type BenchContext, type BenchFigure, type BenchModule } from './bench-module.ts';
import { largeRound, largeRoundThemes, type LargeRound } from './large-round.ts';
import {
  checkReportViews, createLeaderAccounts, driveReportViews, signInLeaders, startReportViewsServer, viewsNote,
  type LeaderAccount, type LoadOptions, type ReportViews, type ViewFigures,
} from './report-views-load.ts';
import { seedRound } from './seed-round.ts';

/*
 * Results day (DESIGN.md "Performance"): the large tenant's round is closed, and its leaders open
 * their reports. The round goes in through the real paths (people import, launch, close,
 * responses import); 200 leaders get accounts and sign in over HTTP; autocannon opens their own
 * reports (the tRPC document call) over 200 connections on a server in its own process.
 * Two measurements, since 200 connections that each send as soon as they are answered wait
 * 200 / rate seconds a view by construction (at 300 views/s, 0.67 s), whatever the server does:
 *   - the rate: 200 connections as fast as answered (target ≥ 300 views/s);
 *   - the latency: 300 views/s offered over 200 connections, as leaders arrive (target p99 ≤ 100 ms):
 *     independent arrivals, timed from when each was due (open-loop.ts; autocannon's overallRate
 *     sends each connection's share at the top of every second, a burst of 200 at once).
 * Beside them, in the same run, today's server: one that keeps nothing and reloads the round for
 * every view (SPEJL_RESULTS_CACHE_ROUNDS=0), as fast as answered.
 */

const LEADERS = 200;
const CONNECTIONS = 200;
const SECONDS = 20;
const TARGET_RATE = 300;
const TARGET_P99_MS = 100;

/** Leaders spread over the whole round (its leaders are its first persons), as a results morning brings them. */
function leadersOf(round: LargeRound, count: number): LeaderAccount[] {
  const n = Math.min(count, round.leaders);
  return Array.from({ length: n }, (_, i) => {
    const personId = round.hierarchy.personIds[Math.floor((i * round.leaders) / n)]!;
    return { personId, email: `${personId.toLowerCase()}@kommune.example` };
  });
}

/** Starts a server, checks the leaders' reports on it, runs each load after a warm-up, and stops it. */
async function measureServer(url: string, env: Record<string, string>, views: ReportViews, loads: LoadOptions[], context: BenchContext) {
  const server = await startReportViewsServer(url, env);
  try {
    await checkReportViews(server.url, views);
    const warm = { connections: context.size.scaled(CONNECTIONS), seconds: context.size.seconds(3) };
    if (env.SPEJL_RESULTS_CACHE_ROUNDS !== '0') await driveReportViews(server, views, warm); // JIT, pools, the cache
    const figures: ViewFigures[] = [];
    for (const load of loads) figures.push(await driveReportViews(server, views, load));
    return { figures, cache: await server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Signs the leaders in once, through a server of its own: sessions live in the database, so their cookies serve on every server, as behind a load balancer. */
async function signedIn(url: string, accounts: readonly LeaderAccount[]) {
  const server = await startReportViewsServer(url);
  try {
    return await signInLeaders(server.url, accounts);
  } finally {
    await server.stop();
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;

async function run(context: BenchContext): Promise<BenchFigure[]> {
  const { database, size } = context;
  const round = largeRound(size.persons);
  const { tenantId, roundId } = await seedRound(database.db, round, largeRoundThemes(round));
  const accounts = leadersOf(round, size.scaled(LEADERS));
  await createLeaderAccounts(database.db, tenantId, accounts);
  const url = await benchDatabaseUrl(context);
  const views = { tenantId, roundId, leaders: await signedIn(url, accounts) };
  const connections = size.scaled(CONNECTIONS);
  const seconds = size.seconds(SECONDS);
  const cached = await measureServer(url, {}, views, [{ connections, seconds }, { connections, seconds, rate: size.scaled(TARGET_RATE) }], context);
  // Today's server answers a view in seconds under this load: it gets time to, so its figure is a rate, not timeouts.
  const today = await measureServer(url, { SPEJL_RESULTS_CACHE_ROUNDS: '0' }, views, [{ connections, seconds: size.seconds(30), timeoutSeconds: 120 }], context);
  const [fastest, offered] = cached.figures as [ViewFigures, ViewFigures];
  const [uncached] = today.figures as [ViewFigures];
  const shape = `${round.hierarchy.manager.length.toLocaleString('en')} persons, ${round.leaders.toLocaleString('en')} leaders, ${accounts.length} signed in, each opening their own report`;
  const held = cached.cache ? `; the server held ${cached.cache.rounds} round (~${mb(cached.cache.bytes)}), loaded ${cached.cache.misses}×, served ${cached.cache.hits.toLocaleString('en')} views from memory` : '';
  return [
    {
      name: 'results day: report views', medianMs: offered.p99, targetMs: TARGET_P99_MS,
      note: `${Math.round(fastest.rate)} views/s (target ≥ ${TARGET_RATE}): ${viewsNote(fastest)}; p99 at ${offered.offered} views/s offered (target ≤ ${TARGET_P99_MS} ms): ${viewsNote(offered)}; ${shape}${held}`,
    },
    { name: 'results day: report views, time per view', medianMs: 1000 / fastest.rate, targetMs: 1000 / TARGET_RATE, note: `the rate as time: ${Math.round(fastest.rate)} views/s against ≥ ${TARGET_RATE}` },
    { name: 'results day: report views, uncached', medianMs: uncached.p99, note: `${Math.round(uncached.rate)} views/s: ${viewsNote(uncached)}; today's server, reloading the round for every view (SPEJL_RESULTS_CACHE_ROUNDS=0)` },
  ];
}

/** Report views on results day, with the results cache and without. */
const bench: BenchModule = { name: 'results day', run };
export default bench;
