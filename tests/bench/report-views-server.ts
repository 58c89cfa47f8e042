/**
 * The Spejl server as the report-views benches run it: its own process (as in production), on
 * loopback, over the bench's PostgreSQL database, configured from the environment as `spejl`
 * is (SPEJL_RESULTS_CACHE_ROUNDS=0 is today's server, which reloads the round for every view).
 * Prints its URL on the first line of stdout, and its results cache's figures as one JSON line
 * when it is stopped.
 */
import { sharedResultsCache } from '@spejl/core';
import { openDatabase } from '@spejl/db';
import { serverConfigFromEnv, startServer } from '@spejl/server';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is not set');
const config = serverConfigFromEnv();
sharedResultsCache.setLimits(config.resultsCache);
const database = await openDatabase({ url, poolSize: Number(process.env.BENCH_POOL ?? 10) });
const server = await startServer({
  db: database.db,
  authSecret: 'bench-auth-secret-'.repeat(3),
  port: 0,
  mailIntervalMs: 3_600_000,
  reportIntervalMs: Number(process.env.BENCH_REPORT_INTERVAL_MS ?? 1000),
  // Hundreds of leaders sign in from one loopback address before the load starts.
  signInPerMinute: 100_000,
});
process.stdout.write(`${server.url}\n`);
const stop = async () => {
  process.stdout.write(`${JSON.stringify({ resultsCache: sharedResultsCache.stats() })}\n`);
  await server.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
