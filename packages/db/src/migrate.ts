import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { distributeOnCitus, hasCitus } from './citus/distribute.ts';
import { migrations } from './migrations/index.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

async function runMigrations(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Applies every pending migration, then, on a Citus coordinator, distributes what is not
 * distributed yet (citus/distribute.ts); throws with the failing migration's name. Pending
 * migrations run in one transaction; on Citus that transaction works shard by shard (sequential
 * mode), since Citus refuses a later statement after DDL it ran on several shards in parallel.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  // Generic: a typed Kysely<Database> with array columns is not assignable to Kysely<unknown>.
  const plain = db as unknown as Kysely<unknown>;
  const applied = (await hasCitus(plain))
    ? await plain.connection().execute(async (connection) => {
      await sql`SET citus.multi_shard_modify_mode TO 'sequential'`.execute(connection);
      try {
        return await runMigrations(connection);
      } finally {
        await sql`RESET citus.multi_shard_modify_mode`.execute(connection);
      }
    })
    : await runMigrations(plain);
  await distributeOnCitus(plain);
  return applied;
}
