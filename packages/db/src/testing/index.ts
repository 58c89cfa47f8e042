import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema/index.ts';
import { poolOf, registerPool } from '../tenancy.ts';
import { openDatabase, type SpejlDatabase } from '../connection.ts';
import { citusHost, dropCitusDatabase } from './citus.ts';
import { freshPglite } from './pglite-template.ts';
import { copyOfTemplate, type TemplateHost } from './server-template.ts';

/** One engine integration tests run against. */
export interface TestEngine {
  name: 'pglite' | 'postgres' | 'citus';
  /** A fresh, migrated, empty database; close() drops it. */
  open(): Promise<SpejlDatabase>;
}

function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/** A test database: a copy of the migrated template, dropped again on close. */
async function fresh(host: TemplateHost, drop: (name: string) => Promise<void>): Promise<SpejlDatabase> {
  const name = `spejl_test_${randomBytes(6).toString('hex')}`;
  const opened = await openDatabase({ url: await copyOfTemplate(host, name), poolSize: 4 });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await drop(name);
    },
  };
}

function postgresHost(url: string): TemplateHost {
  return {
    adminUrls: [url],
    urlOf: (name) => withDatabase(url, name),
    createEmpty: async (name) => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return withDatabase(url, name);
    },
  };
}

async function dropPostgres(url: string, name: string): Promise<void> {
  const dropper = new pg.Client({ connectionString: url });
  await dropper.connect();
  try {
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await dropper.end();
  }
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set, Citus when CITUS_DATABASE_URL is (each test database is made fresh and dropped). */
export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: freshPglite }];
  const url = process.env.DATABASE_URL;
  if (url) engines.push({ name: 'postgres', open: () => fresh(postgresHost(url), (name) => dropPostgres(url, name)) });
  const citus = process.env.CITUS_DATABASE_URL;
  if (citus) engines.push({ name: 'citus', open: async () => fresh(await citusHost(citus), (name) => dropCitusDatabase(citus, name)) });
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
export { freshPglite } from './pglite-template.ts';
