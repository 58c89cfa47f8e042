import { Option, type Command } from 'commander';
import { z } from 'zod';
import { commentExportCsv, commentExportJson, loadCommentExport } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { withDatabase } from '../database.ts';
import { writeWhole } from './output-file.ts';
import { roundIdOf } from './round-ref.ts';
import { tenantIdBySlug } from './round.ts';

const FORMATS = ['csv', 'json'] as const;
const options = z.object({ tenant: z.string().min(1), round: z.string().min(1), format: z.enum(FORMATS), out: z.string().min(1).optional() });

/** `spejl comments export`: the comments a closed round's reports show, once each, as DESIGN.md's CSV or JSON. */
export function register(program: Command): void {
  const comments = program.command('comments').description('comments of a round');
  comments
    .command('export')
    .description('export the comments shown under the anonymity rules (one row per comment, no time or author)')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--round <id or name>', 'the round, by id or name')
    .addOption(new Option('--format <format>', 'the file format').choices(FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (raw: unknown) => {
      const o = options.parse(raw);
      const text = await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const roundId = await roundIdOf(db, tenantId, o.round);
        const rows = await withTenant(db, tenantId, (tx) => loadCommentExport(tx, tenantId, roundId));
        return o.format === 'csv' ? commentExportCsv(rows) : commentExportJson(rows);
      });
      if (o.out) await writeWhole(o.out, text);
      else process.stdout.write(text);
    });
}
