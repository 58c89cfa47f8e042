import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema/index.ts';
import { registerPool } from './tenancy.ts';

/** Where the data lives: PostgreSQL by URL, or embedded PGlite in a directory (or in memory when none is given). */
export type ConnectionOptions =
  | { url: string; poolSize?: number }
  | { dataDir?: string };

/** An open database: the query builder, which engine is behind it, and how to close it. */
export interface SpejlDatabase {
  db: Kysely<Database>;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** Opens PostgreSQL when a URL is given, else PGlite. PGlite has one connection: transactions run one at a time. */
export async function openDatabase(options: ConnectionOptions): Promise<SpejlDatabase> {
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection the server ends (restart, failover, dropped database) must not take the
    // process down: the pool discards it and opens a new one on the next query.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    registerPool(db, pool);
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const pglite = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
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
