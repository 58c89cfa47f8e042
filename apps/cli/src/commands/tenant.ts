import type { Command } from 'commander';
import { createTenant, isolateTenantBySlug, sectorSchema } from '@spejl/core';
import { withDatabase } from '../database.ts';
import { say } from '../terminal-text.ts';

/** `spejl tenant create` and `spejl tenant isolate`. */
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
  tenant
    .command('isolate')
    .description('on a Citus cluster: give one large tenant a shard of its own and move it to the emptiest worker')
    .requiredOption('--tenant <slug>', 'the tenant to isolate')
    .option('--to <host:port>', 'the worker to move it to (default: the one holding the least data)')
    .action(async (o: { tenant: string; to?: string }) => {
      const { before, after } = await withDatabase((db) => isolateTenantBySlug(db, o.tenant, o.to));
      const unchanged = before.alone && before.shardId === after.shardId && before.node === after.node;
      say(unchanged
        ? `tenant ${o.tenant} is already alone in shard ${after.shardId} on ${after.node}; nothing moved\n`
        : `tenant ${o.tenant}: ${before.alone ? 'alone' : 'shared'} in shard ${before.shardId} on ${before.node}; now alone in shard ${after.shardId} on ${after.node}\n`);
    });
}
