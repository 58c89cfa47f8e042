import { readFileSync } from 'node:fs';
import { sql, type Database, type Kysely } from '@spejl/db';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** On-CPU time in milliseconds of a process, from the scheduler's nanosecond count (finer than /proc's clock ticks). */
function onCpuMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/**
 * A reader of the CPU time the database server spends for `db`'s one connection: its backend
 * process's, when PostgreSQL runs on this machine as a single server. Null elsewhere (a remote
 * server, no /proc, or Citus, whose work happens in other processes on its workers), where only
 * the wall time can say what the database cost.
 */
export async function backendCpu(db: Kysely<Database>, databaseUrl: string): Promise<(() => number) | null> {
  if (!LOCAL_HOSTS.has(new URL(databaseUrl).hostname)) return null;
  const { rows } = await sql<{ pid: number; citus: boolean }>`
    select pg_backend_pid() as pid, exists (select 1 from pg_extension where extname = 'citus') as citus`.execute(db);
  const { pid, citus } = rows[0]!;
  try {
    if (citus || readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return null;
    onCpuMs(pid);
  } catch {
    return null;
  }
  return () => onCpuMs(pid);
}
