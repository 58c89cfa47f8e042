import { openDatabase, sql, type Database, type Kysely } from '@spejl/db';
import { testEngines, type TestEngine } from '@spejl/db/testing';

/** Which database engine a bench ran on, as printed above the table and kept in the JSON. */
export interface BenchEngine {
  /** e.g. 'PostgreSQL 15.13' or 'PostgreSQL 15.13 + Citus 13.2' */
  name: string;
  host: string;
  citus: boolean;
}

/** Reads the server version and whether the database carries the citus extension. */
export async function describeEngine(db: Kysely<Database>, databaseUrl: string): Promise<BenchEngine> {
  const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]!.v;
  const citus = (await sql<{ v: string }>`select extversion as v from pg_extension where extname = 'citus'`.execute(db)).rows[0]?.v;
  const postgres = `PostgreSQL ${version.split(' ')[0]}`;
  return { name: citus ? `${postgres} + Citus ${citus}` : postgres, host: new URL(databaseUrl).host, citus: citus !== undefined };
}

/** A file-name-safe label for a run: SPEJL_BENCH_LABEL, else the database's host and port. */
export function benchLabel(env: NodeJS.ProcessEnv, databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const raw = env.SPEJL_BENCH_LABEL || `${url.hostname}-${url.port || '5432'}`;
  return raw.replace(/[^A-Za-z0-9._-]+/g, '-');
}

async function isCitusCoordinator(databaseUrl: string): Promise<boolean> {
  const { db, close } = await openDatabase({ url: databaseUrl, poolSize: 1 });
  try {
    const { rows } = await sql<{ citus: boolean }>`select exists (select 1 from pg_extension where extname = 'citus') as citus`.execute(db);
    return rows[0]?.citus === true;
  } finally {
    await close();
  }
}

/**
 * Where each bench gets its fresh database: on a Citus cluster when DATABASE_URL names a
 * database with the citus extension (a coordinator's), so `DATABASE_URL=<coordinator> pnpm bench`
 * runs the same benches distributed; else on plain PostgreSQL.
 */
export async function benchEngine(databaseUrl: string): Promise<TestEngine> {
  const citus = await isCitusCoordinator(databaseUrl);
  if (citus) process.env.CITUS_DATABASE_URL = databaseUrl;
  const wanted: string = citus ? 'citus' : 'postgres';
  const engine = testEngines().find((e) => e.name === wanted);
  if (!engine) throw new Error(`DATABASE_URL names a database with the citus extension, but the test engines offer no Citus engine`);
  return engine;
}
