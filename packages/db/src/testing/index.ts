import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema/index.ts';
import { poolOf, registerPool } from '../tenancy.ts';
import { openDatabase, type SpejlDatabase } from '../connection.ts';
import { migrateToLatest } from '../migrate.ts';
import { createCitusDatabase, dropCitusDatabase } from './citus.ts';

/** One engine integration tests run against. */
export interface TestEngine {
  name: 'pglite' | 'postgres' | 'citus';
  /** A fresh, migrated, empty database; close() drops it. */
  open(): Promise<SpejlDatabase>;
}

async function freshPostgres(url: string): Promise<SpejlDatabase> {
  const name = `spejl_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const opened = await openDatabase({ url: target.toString(), poolSize: 4 });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    close: async () => {
      await opened.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function freshCitus(url: string): Promise<SpejlDatabase> {
  const name = `spejl_test_${randomBytes(6).toString('hex')}`;
  const target = await createCitusDatabase(url, name);
  const opened = await openDatabase({ url: target, poolSize: 4 });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await dropCitusDatabase(url, name);
    },
  };
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set (each test database is created fresh and dropped). */
export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [
    {
      name: 'pglite',
      open: async () => {
        const opened = await openDatabase({});
        await migrateToLatest(opened.db);
        return opened;
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) engines.push({ name: 'postgres', open: () => freshPostgres(url) });
  const citus = process.env.CITUS_DATABASE_URL;
  if (citus) engines.push({ name: 'citus', open: () => freshCitus(citus) });
  return engines;
}

/**
 * A second query builder over the same PostgreSQL pool that hands every statement it runs to
 * `onQuery` (tests that look at the SQL a code path sends, e.g. to EXPLAIN it). Tenant
 * transactions opened on it take the same path as on the original.
 */
export function loggingDatabase(db: Kysely<Database>, onQuery: (query: CompiledQuery) => void): Kysely<Database> {
  const pool = poolOf(db);
  if (!pool) throw new Error('loggingDatabase needs a PostgreSQL-backed database');
  const logged = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: (event) => onQuery(event.query) });
  registerPool(logged, pool);
  return logged;
}
export { createCitusDatabase, dropCitusDatabase } from './citus.ts';
