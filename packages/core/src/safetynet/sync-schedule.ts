import { currentTenant, sql, withTenant, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { startPeriodicWorker, type PeriodicWorker } from '../background/periodic-worker.ts';
import { runSafetyNetSync, type SyncServices } from './sync-run.ts';

/** The date (`yyyy-mm-dd`) and time of day (`HH:MM`) in a time zone. */
export function localClock(now: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Claims the tenant's scheduled sync of today when its time of day has come, in the statement that
 * marks the day run: however many servers run the job, a day's sync runs once.
 */
export async function claimScheduledSync(tx: TenantTx, tenantId: string, now: Date): Promise<boolean> {
  const tenant = await tx.selectFrom('tenants').select('time_zone').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const settings = await tx.selectFrom('safetynet_settings').select(['run_at', 'enabled']).where('tenant_id', '=', tenantId).executeTakeFirst();
  const clock = localClock(now, tenant.time_zone);
  if (!settings?.enabled || clock.time < settings.run_at) return false;
  const claimed = await sql<{ tenant_id: string }>`update safetynet_settings set last_run_on = ${clock.date}::date
    where tenant_id = ${currentTenant(tx)} and (last_run_on is null or last_run_on < ${clock.date}::date) returning tenant_id`.execute(tx);
  return claimed.rows.length > 0;
}

/** What the scheduled job needs besides the database: mail for held syncs, and a clock for tests. */
export interface SyncJobOptions extends SyncServices {
  now?: () => Date;
}

/** One pass over every tenant with a saved location: runs each sync that is due. Returns how many ran. */
export async function runSafetyNetJobs(db: Kysely<Database>, o: SyncJobOptions): Promise<number> {
  const now = (o.now ?? (() => new Date()))();
  const tenants = await db.selectFrom('tenants').select('id').execute();
  let ran = 0;
  for (const t of tenants) {
    if (!(await withTenant(db, t.id, (tx) => claimScheduledSync(tx, t.id, now)))) continue;
    await runSafetyNetSync(db, t.id, o, 'schedule');
    ran++;
  }
  return ran;
}

/** Runs the SafetyNet job every `intervalMs` (default a minute) until stopped, beside the mail job. */
export function startSafetyNetWorker(db: Kysely<Database>, o: SyncJobOptions & { intervalMs?: number; onError?: (e: unknown) => void }): PeriodicWorker {
  return startPeriodicWorker(() => runSafetyNetJobs(db, o), { intervalMs: o.intervalMs ?? 60_000, onError: o.onError });
}
