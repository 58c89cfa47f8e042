import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { distributeOnCitus } from './citus/distribute.ts';
import { migrations } from './migrations/index.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Applies every pending migration, then, on a Citus coordinator, distributes what is not
 * distributed yet (citus/distribute.ts); throws with the failing migration's name.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  // Generic: a typed Kysely<Database> with array columns is not assignable to Kysely<unknown>.
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: error });
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  const distributed = await distributeOnCitus(db as unknown as Kysely<unknown>);
  return distributed.length ? [...applied, `citus: distributed ${distributed.length} tables`] : applied;
}
