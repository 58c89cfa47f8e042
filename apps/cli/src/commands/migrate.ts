import type { Command } from 'commander';
import { citusLayout, databaseFromEnv, type Kysely } from '@spejl/db';

/** `spejl migrate`: brings the database to the latest schema. */
export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (DATABASE_URL, else the embedded database in SPEJL_DATA_DIR)')
    .action(async () => {
      const handle = await databaseFromEnv();
      const layout = handle.config.kind === 'postgres' ? await citusLayout(handle.db as unknown as Kysely<unknown>) : null;
      await handle.close();
      const where = layout ? 'the Citus cluster' : handle.config.kind === 'postgres' ? 'PostgreSQL' : `the embedded database in ${handle.config.dataDir}`;
      process.stdout.write(handle.applied.length ? `applied ${handle.applied.join(', ')} to ${where}\n` : `${where} is up to date\n`);
      if (layout) process.stdout.write(`citus: ${layout.distributed} tenant tables distributed by tenant_id, ${layout.reference} global tables as reference tables\n`);
    });
}
