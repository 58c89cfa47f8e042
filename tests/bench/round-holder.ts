/**
 * A server process holding one closed round's results, as the report service holds them: it loads
 * them through the core path (loadRoundResults) and prints, as one JSON line, its resident memory
 * and heap before and after. Its own process, so nothing else the bench holds is counted.
 */
import { openDatabase, withTenant } from '@spejl/db';
import { reports } from '@spejl/plugin-registry';
import { loadRoundResults } from '../../packages/core/src/reports/round-reports.ts';

const { BENCH_DATABASE_URL: url, BENCH_TENANT: tenantId, BENCH_ROUND: roundId } = process.env;
if (!url || !tenantId || !roundId) throw new Error('BENCH_DATABASE_URL, BENCH_TENANT and BENCH_ROUND must be set');

/** Memory after collecting garbage (run with --expose-gc), so what is counted is what is kept. */
function settled(): NodeJS.MemoryUsage {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage();
}

const database = await openDatabase({ url, poolSize: 2 });
// A first query opens the pool's connection before the baseline, as a running server has it open.
await withTenant(database.db, tenantId, (tx) => tx.selectFrom('rounds').select('id').where('id', '=', roundId).execute());
const before = settled();
const results = await withTenant(database.db, tenantId, (tx) => loadRoundResults(tx, tenantId, roundId, reports));
const after = settled();
process.stdout.write(`${JSON.stringify({
  rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heapUsed + before.arrayBuffers, heapAfter: after.heapUsed + after.arrayBuffers,
  leaders: results.source.rollup.tree.leaderCount,
})}\n`);
await database.close();
