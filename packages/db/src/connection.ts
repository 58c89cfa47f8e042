import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { hintedPool } from './hinted-client.ts';
import type { Database } from './schema/index.ts';
import { registerPool } from './tenancy.ts';

/** Where the data lives: PostgreSQL by URL, or embedded PGlite in a directory (or in memory when none is given). */
export type ConnectionOptions =
  | { url: string; poolSize?: number; applicationName?: string }
  | { dataDir?: string }
  /** In memory, starting from a dumped data directory (tests start from a migrated one). */
  | { loadDataDir: Blob };

/** How Spejl's connections name themselves in pg_stat_activity unless told otherwise. */
export const DEFAULT_APPLICATION_NAME = 'spejl';

/** An open database: the query builder, which engine is behind it, and how to close it. */
export interface SpejlDatabase {
  db: Kysely<Database>;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** Opens PostgreSQL when a URL is given, else PGlite. PGlite has one connection: transactions run one at a time. */
export async function openDatabase(options: ConnectionOptions): Promise<SpejlDatabase> {
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, application_name: options.applicationName ?? DEFAULT_APPLICATION_NAME });
    // A connection the server ends (pg_terminate_backend, restart, failover) must not take the
    // process down. pg-pool listens for errors only on idle connections: one in use emits 'error'
    // with nobody listening, which ends a Node process. So every connection gets its own
    // listener for its whole life; the query it was running fails on its own, the pool drops the
    // broken connection on release (it is no longer queryable) and opens a new one when needed.
    pool.on('connect', (client) => {
      client.on('error', (error) => process.emitWarning(`PostgreSQL ended a connection in use: ${error.message}`));
    });
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: hintedPool(pool) }) });
    registerPool(db, pool);
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const pglite = 'loadDataDir' in options
    ? new PGlite({ loadDataDir: options.loadDataDir })
    : options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
