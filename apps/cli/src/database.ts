import { databaseFromEnv, type Database, type Kysely } from '@spejl/db';

/** Opens the database the environment names (migrated), runs `fn`, and always closes it. */
export async function withDatabase<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const handle = await databaseFromEnv();
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}
