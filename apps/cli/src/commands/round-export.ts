import { Option, type Command } from 'commander';
import { z } from 'zod';
import { withTenant, type TenantTx } from '@spejl/db';
import { withDatabase } from '../database.ts';
import { writeWhole } from './output-file.ts';
import { roundIdOf } from './round-ref.ts';
import { tenantIdBySlug } from './round.ts';

const FORMATS = ['csv', 'json'] as const;
// Commander refuses a format outside its choices (said coded, cli.invalidOptionValue); zod checks the rest.
const options = z.object({ tenant: z.string().min(1), round: z.string().min(1), format: z.enum(FORMATS), out: z.string().min(1).optional() });

/**
 * `spejl <group> export --tenant S --round R [--format csv|json] [--out FILE]`: one round's file,
 * made in the tenant's transaction by `produce`, written whole to FILE or to standard output.
 */
export function registerRoundExport(group: Command, description: string, produce: (tx: TenantTx, tenantId: string, roundId: string, format: (typeof FORMATS)[number]) => Promise<string>): void {
  group
    .command('export')
    .description(description)
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--round <id or name>', 'the round, by id or name')
    .addOption(new Option('--format <format>', 'the file format').choices(FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (raw: unknown) => {
      const o = options.parse(raw);
      const text = await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const roundId = await roundIdOf(db, tenantId, o.round);
        return withTenant(db, tenantId, (tx) => produce(tx, tenantId, roundId, o.format));
      });
      if (o.out) await writeWhole(o.out, text);
      else process.stdout.write(text);
    });
}
