import type { Database, Kysely } from '@spejl/db';
import { startPeriodicWorker, type PeriodicWorker } from '../background/periodic-worker.ts';
import { applyRetention } from './retention-apply.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One pass over every tenant as of `now`; returns how many rounds had their personal data deleted. */
export async function runRetentionJobs(db: Kysely<Database>, now = new Date()): Promise<number> {
  const tenants = await db.selectFrom('tenants').select('id').execute();
  let rounds = 0;
  const failures: unknown[] = [];
  // One tenant's failure does not hold back the others' deletions; it is reported after them.
  for (const t of tenants) {
    try {
      rounds += (await applyRetention(db, t.id, { asOf: now, dryRun: false, actor: { userId: null, via: 'job' } })).rounds.length;
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `retention failed for ${failures.length} tenant(s)`);
  return rounds;
}

/**
 * The daily retention job, beside the mail and report workers: a pass at start and then once a
 * day. A round becomes due on a day, so a day's delay is the promise; a failed pass is reported
 * and tried again the next day (or at the next start).
 */
export function startRetentionWorker(db: Kysely<Database>, o: { intervalMs?: number; onError?: (e: unknown) => void } = {}): PeriodicWorker {
  return startPeriodicWorker(() => runRetentionJobs(db), { intervalMs: o.intervalMs ?? DAY_MS, onError: o.onError });
}
