import { withTenant, type Database, type Kysely } from '@spejl/db';
import { calendarDayOf } from '@spejl/plugin-sdk/time';
import { startPeriodicWorker, type PeriodicWorker } from '../background/periodic-worker.ts';
import { mailDueFollowUps, type InitiativeMailOptions } from './initiative-mail.ts';

/** One pass over every tenant: sends the follow-up mails whose day has come in the tenant's time zone. Returns how many went out. */
export async function runInitiativeFollowUps(db: Kysely<Database>, o: InitiativeMailOptions & { now?: () => Date }): Promise<number> {
  const now = (o.now ?? (() => new Date()))();
  const tenants = await db.selectFrom('tenants').select(['id', 'time_zone']).execute();
  let sent = 0;
  for (const t of tenants) sent += await withTenant(db, t.id, (tx) => mailDueFollowUps(tx, t.id, calendarDayOf(now, t.time_zone), o));
  return sent;
}

/** Runs the follow-up pass every `intervalMs` (default a quarter of an hour) until stopped. */
export function startInitiativeWorker(db: Kysely<Database>, o: InitiativeMailOptions & { intervalMs?: number; onError?: (e: unknown) => void }): PeriodicWorker {
  return startPeriodicWorker(() => runInitiativeFollowUps(db, o), { intervalMs: o.intervalMs ?? 15 * 60_000, onError: o.onError });
}
