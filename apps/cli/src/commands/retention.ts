import type { Command } from 'commander';
import { z } from 'zod';
import { applyRetention, codedError, type RetentionReport } from '@spejl/core';
import { withDatabase } from '../database.ts';
import { say } from '../terminal-text.ts';
import { tenantIdBySlug } from './round.ts';

const options = z.object({ tenant: z.string().min(1).max(200), asOf: z.string().max(40).optional(), dryRun: z.boolean().optional() });

/** `--as-of` as the start of that day (UTC); anything but a real YYYY-MM-DD date is refused, coded. */
export function dayOption(value: string | undefined, fallback: Date): Date {
  if (value === undefined) return fallback;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw codedError('BAD_INPUT', 'retention.badDate', { value });
  }
  return date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The report as the terminal shows it: per round, rows per table that were (or would be) deleted or anonymised. */
export function retentionText(r: RetentionReport): string {
  const head = `${r.dryRun ? 'dry run: ' : ''}retention ${r.retentionMonths} months, as of ${day(r.asOf)}: ${r.rounds.length} round(s) due\n`;
  const rounds = r.rounds.map((round) => {
    const rows = Object.entries(round.counts).filter(([, n]) => n > 0).map(([table, n]) => `  ${table}: ${n}\n`).join('');
    return `${round.name} (${round.roundId}), closed ${day(round.closedAt)}, due ${day(round.dueAt)}\n${rows}`;
  }).join('');
  const accounts = r.accounts ? `accounts: ${r.accounts}\n` : '';
  const tail = r.dryRun ? 'nothing was changed; run again without --dry-run to delete\n' : '';
  return head + rounds + accounts + tail;
}

/** `spejl retention apply --tenant S [--as-of DATE] [--dry-run]`: deletes the personal data of rounds past the tenant's retention period. */
export function register(program: Command): void {
  program
    .command('retention')
    .description('retention of personal data')
    .command('apply')
    .description("delete the personal data of rounds past the tenant's retention period (names, addresses, links, progress, mail); results stay")
    .requiredOption('--tenant <slug>', 'the tenant')
    .option('--as-of <date>', 'apply as on this day (YYYY-MM-DD) instead of today')
    .option('--dry-run', 'only count what would be deleted, per table')
    .action(async (raw: unknown) => {
      const o = options.parse(raw);
      const asOf = dayOption(o.asOf, new Date());
      const report = await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        return applyRetention(db, tenantId, { asOf, dryRun: o.dryRun === true, actor: { userId: null, via: 'cli' } });
      });
      say(retentionText(report));
    });
}
