import type { Command } from 'commander';
import { z } from 'zod';
import { erasePerson, exportPerson, recordAudit } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { withDatabase } from '../database.ts';
import { say } from '../terminal-text.ts';
import { writeWhole } from './output-file.ts';
import { tenantIdBySlug } from './round.ts';

const target = { tenant: z.string().min(1).max(200), person: z.string().trim().min(1).max(64) };
const eraseOptions = z.object(target);
const exportOptions = z.object({ ...target, out: z.string().min(1).optional() });

/** `spejl person erase|export`: one person's data on request (GDPR art. 17 and 15). */
export function register(program: Command): void {
  const person = program.command('person').description("one person's data, on request");
  person
    .command('erase')
    .description('erase one person: hierarchy, round snapshots, accounts, follow-up, outbox; audit rows get a pseudonym; no published number changes')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--person <id>', 'the employee no. (person_id)')
    .action(async (raw: unknown) => {
      const o = eraseOptions.parse(raw);
      const report = await withDatabase(async (db) => erasePerson(db, await tenantIdBySlug(db, o.tenant), o.person, null, 'cli'));
      const rows = Object.entries(report.counts).filter(([, n]) => n > 0).map(([table, n]) => `  ${table}: ${n}\n`).join('');
      say(`erased ${o.person}; the audit log now says ${report.pseudonym}\n${rows}${report.accounts ? `  accounts: ${report.accounts}\n` : ''}`);
    });
  person
    .command('export')
    .description('everything stored about one person, as JSON')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--person <id>', 'the employee no. (person_id)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (raw: unknown) => {
      const o = exportOptions.parse(raw);
      const text = await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        return withTenant(db, tenantId, async (tx) => {
          const data = await exportPerson(tx, o.person);
          await recordAudit(tx, { tenantId, actorUserId: null, action: 'person.export', target: o.person, details: { tables: Object.keys(data.tables).length, via: 'cli' } });
          return `${JSON.stringify(data, null, 2)}\n`;
        });
      });
      if (o.out) await writeWhole(o.out, text);
      else process.stdout.write(text);
    });
}
