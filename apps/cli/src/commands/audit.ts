import type { Command } from 'commander';
import { z } from 'zod';
import { allAudit, auditCsv, codedError, recordAudit } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { withDatabase } from '../database.ts';
import { writeWhole } from './output-file.ts';
import { tenantIdBySlug } from './round.ts';

const options = z.object({ tenant: z.string().min(1).max(200), since: z.string().max(40).optional(), out: z.string().min(1).optional() });

/** `--since` as the start of a day (UTC); anything but a real YYYY-MM-DD date is refused, coded. */
function sinceDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw codedError('BAD_INPUT', 'audit.badDate', { value });
  }
  return date;
}

/** `spejl audit export --tenant S [--since DATE] [--out FILE]`: the tenant's audit log as CSV, newest first. */
export function register(program: Command): void {
  program
    .command('audit')
    .description("the tenant's audit log")
    .command('export')
    .description('export the audit log as CSV (at, actor e-mail, actor role, action, subject, details)')
    .requiredOption('--tenant <slug>', 'the tenant')
    .option('--since <date>', 'only entries from this day on (YYYY-MM-DD)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (raw: unknown) => {
      const o = options.parse(raw);
      const from = sinceDate(o.since);
      const text = await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        return withTenant(db, tenantId, async (tx) => {
          const rows = await allAudit(tx, tenantId, { from });
          // The export is itself an entry, after the rows it exports.
          await recordAudit(tx, { tenantId, actorUserId: null, action: 'audit.export', details: { rows: rows.length, since: o.since ?? null, via: 'cli' } });
          return auditCsv(rows);
        });
      });
      if (o.out) await writeWhole(o.out, text);
      else process.stdout.write(text);
    });
}
