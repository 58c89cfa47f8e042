import type { Command } from 'commander';
import { createTenant, sectorSchema } from '@spejl/core';
import { withDatabase } from '../database.ts';
import { say } from '../terminal-text.ts';

/** `spejl tenant create`. */
export function register(program: Command): void {
  const tenant = program.command('tenant').description('client organisations (tenants)');
  tenant
    .command('create')
    .description('create a tenant')
    .requiredOption('--slug <slug>', 'short name used in URLs and commands, e.g. egeskov')
    .requiredOption('--name <name>', 'the organisation\'s name, e.g. "Egeskov Kommune"')
    .option('--sector <sector>', `one of ${sectorSchema.options.join(', ')}`, 'kommune')
    .option('--threshold <k>', 'anonymity threshold: employee results need at least k forms (default 5, at least 3)')
    .option('--locale <locale>', 'da or en', 'da')
    .option('--time-zone <zone>', 'the IANA time zone its times are shown in (default Europe/Copenhagen)')
    .action(async (o: { slug: string; name: string; sector: string; threshold?: string; locale: string; timeZone?: string }) => {
      const created = await withDatabase((db) =>
        createTenant(
          db,
          {
            slug: o.slug,
            name: o.name,
            sector: o.sector as 'kommune',
            locale: o.locale as 'da',
            ...(o.threshold !== undefined ? { threshold: Number(o.threshold) } : {}),
            ...(o.timeZone !== undefined ? { timeZone: o.timeZone } : {}),
          },
          null,
        ),
      );
      say(`created tenant ${created.slug} "${created.name}" (${created.sector}, threshold ${created.threshold}) id ${created.id}\n`);
    });
}
