import type { Command } from 'commander';
import { databaseFromEnv } from '@spejl/db';

/** `spejl migrate`: brings the database to the latest schema. */
export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (DATABASE_URL, else the embedded database in SPEJL_DATA_DIR)')
    .action(async () => {
      const handle = await databaseFromEnv();
      await handle.close();
      const where = handle.config.kind === 'postgres' ? 'PostgreSQL' : `the embedded database in ${handle.config.dataDir}`;
      process.stdout.write(handle.applied.length ? `applied ${handle.applied.join(', ')} to ${where}\n` : `${where} is up to date\n`);
    });
}
