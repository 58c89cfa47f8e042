import { Option, type Command } from 'commander';
import { z } from 'zod';
import { loadRoundRollup, rollupCsv, rollupJson } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { withDatabase } from '../database.ts';
import { writeWhole } from './output-file.ts';
import { roundIdOf } from './round-ref.ts';
import { tenantIdBySlug } from './round.ts';

const FORMATS = ['csv', 'json'] as const;
// Commander refuses a format outside its choices (said coded, cli.invalidOptionValue); zod checks the rest.
const options = z.object({ tenant: z.string().min(1), round: z.string().min(1), format: z.enum(FORMATS), out: z.string().min(1).optional() });

/** `spejl rollup export`: the round's roll-up with anonymity applied, as DESIGN.md's CSV or JSON. */
export function register(program: Command): void {
  const rollup = program.command('rollup').description('roll-ups of a round');
  rollup
    .command('export')
    .description('export a round\'s roll-up (one row per group, role, theme and item; withheld groups blank)')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--round <id or name>', 'the round, by id or name')
    .addOption(new Option('--format <format>', 'the file format').choices(FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (raw: unknown) => {
      const o = options.parse(raw);
      const text = await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const roundId = await roundIdOf(db, tenantId, o.round);
        const { rollup: filtered } = await withTenant(db, tenantId, (tx) => loadRoundRollup(tx, roundId));
        return o.format === 'csv' ? rollupCsv(filtered) : rollupJson(filtered);
      });
      if (o.out) await writeWhole(o.out, text);
      else process.stdout.write(text);
    });
}
