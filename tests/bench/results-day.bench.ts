import { benchDatabaseUrl, type BenchContext, type BenchFigure, type BenchModule } from './bench-module.ts';
import { largeRound, largeRoundThemes, type LargeRound } from './large-round.ts';
import {
  checkReportViews, createLeaderAccounts, driveReportViews, signInLeaders, startReportViewsServer, viewsNote,
  type LeaderAccount, type ReportViews, type ViewFigures,
} from './report-views-load.ts';
import { seedRound } from './seed-round.ts';

/*
 * Results day (DESIGN.md "Performance"): the large tenant's round is closed, and its leaders open
 * their reports. The round goes in through the real paths (people import, launch, close,
 * responses import); 200 leaders get accounts and sign in over HTTP; autocannon opens their own
 * reports (the tRPC document call) with 200 connections. Target ≥ 300 views/s at p99 ≤ 100 ms.
 * Beside it, in the same run, today's server: one that keeps nothing and reloads the round for
 * every view (SPEJL_RESULTS_CACHE_ROUNDS=0).
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

/** Starts a server, checks the leaders' reports on it, warms it up and measures. */
async function measureServer(url: string, env: Record<string, string>, views: ReportViews, context: BenchContext) {
  const server = await startReportViewsServer(url, env);
  try {
    await checkReportViews(server.url, views);
    const connections = context.size.scaled(CONNECTIONS);
    // Today's server answers a view in seconds under this load: it gets time to, so its figure is a rate, not timeouts.
    const timeoutSeconds = env.SPEJL_RESULTS_CACHE_ROUNDS === '0' ? 120 : 10;
    await driveReportViews(server, views, { connections, seconds: context.size.seconds(3), timeoutSeconds }); // JIT, pools, caches
    const figures = await driveReportViews(server, views, { connections, seconds: context.size.seconds(SECONDS), timeoutSeconds });
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
  const cached = await measureServer(url, {}, views, context);
  const uncached = await measureServer(url, { SPEJL_RESULTS_CACHE_ROUNDS: '0' }, views, context);
  const shape = `${round.hierarchy.manager.length.toLocaleString('en')} persons, ${round.leaders.toLocaleString('en')} leaders; ${accounts.length} leaders signed in, each opening their own report`;
  const held = cached.cache ? `; the server held ${cached.cache.rounds} round (~${mb(cached.cache.bytes)}), ${cached.cache.misses} load(s), ${cached.cache.hits.toLocaleString('en')} served from memory` : '';
  const row = (name: string, f: ViewFigures, note: string, targetMs?: number): BenchFigure => ({ name, medianMs: f.p99, ...(targetMs ? { targetMs } : {}), note: `${viewsNote(f)}${note}` });
  return [
    row('results day: report views', cached.figures, ` (target ≥ ${TARGET_RATE} views/s, p99 ≤ ${TARGET_P99_MS} ms); ${shape}${held}`, TARGET_P99_MS),
    { name: 'results day: report views, time per view', medianMs: 1000 / cached.figures.rate, targetMs: 1000 / TARGET_RATE, note: `the rate as time: ${Math.round(cached.figures.rate)} views/s against ≥ ${TARGET_RATE}` },
    row('results day: report views, uncached', uncached.figures, `; today's server, reloading the round for every view (SPEJL_RESULTS_CACHE_ROUNDS=0)`),
  ];
}

/** Report views on results day, with the results cache and without. */
const bench: BenchModule = { name: 'results day', run };
export default bench;
