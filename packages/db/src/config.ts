import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { openDatabase, type SpejlDatabase } from './connection.ts';
import { migrateToLatest } from './migrate.ts';
import { lockDataDir } from './data-dir-lock.ts';

/** Where the embedded database and other local state live when nothing else is said. */
export const DEFAULT_DATA_DIR = '.spejl';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SPEJL_DATA_DIR: z.string().trim().min(1).optional().or(z.literal('').transform(() => undefined)),
});

/** Which database the environment asks for: PostgreSQL by URL, or embedded PGlite in a data directory. */
export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** Reads DATABASE_URL / SPEJL_DATA_DIR; throws a message naming the bad variable. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid database configuration: ${problems}`);
  }
  if (parsed.data.DATABASE_URL) return { kind: 'postgres', url: parsed.data.DATABASE_URL };
  return { kind: 'pglite', dataDir: dataDirFromEnv(env) };
}

/** The data directory (absolute): SPEJL_DATA_DIR or `.spejl/` in the working directory. Also holds secrets the server generates. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.SPEJL_DATA_DIR?.trim();
  return resolve(dir ? dir : DEFAULT_DATA_DIR);
}

/** Opens the database the environment names and migrates it to the latest schema; `applied` lists the migrations this run applied. */
export async function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<SpejlDatabase & { config: DatabaseConfig; applied: string[] }> {
  const config = databaseConfigFromEnv(env);
  if (config.kind === 'postgres') return withMigrations(await openDatabase({ url: config.url }), config);
  mkdirSync(config.dataDir, { recursive: true });
  const release = lockDataDir(config.dataDir);
  try {
    const opened = await openDatabase({ dataDir: `${config.dataDir}/pgdata` });
    const close = async () => {
      try {
        await opened.close();
      } finally {
        release();
      }
    };
    return await withMigrations({ ...opened, close }, config);
  } catch (error) {
    release();
    throw error;
  }
}

async function withMigrations(opened: SpejlDatabase, config: DatabaseConfig): Promise<SpejlDatabase & { config: DatabaseConfig; applied: string[] }> {
  try {
    const applied = await migrateToLatest(opened.db);
    return { ...opened, config, applied };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
