import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { clearPeers, codedError, importPeers } from '@spejl/core';
import { databaseFromEnv, withTenant } from '@spejl/db';
import { roundIdOf } from './round-ref.ts';
import { tenantIdBySlug } from './round.ts';

/** `spejl peers import` and `clear`: who rates whom as a peer (sideordnet leder), all or nothing. */
export function register(program: Command): void {
  const peers = program.command('peers').description('peers (sideordnede ledere)');
  peers
    .command('import')
    .description('import a peers file (subject_id,peer_id) as the standing list, or as a draft round\'s own list with --round; nothing is changed if any row is bad')
    .requiredOption('--tenant <slug>', 'the tenant')
    .option('--round <id or name>', 'a draft round (default: the tenant\'s standing list, used by every round without its own list for a leader)')
    .argument('<file>', 'the peers file (CSV, , or ; separated, or XLSX)')
    .action(async (file: string, o: { tenant: string; round?: string }) => {
      const bytes = await readFile(file).catch(() => {
        throw codedError('BAD_INPUT', 'cli.cannotRead', { path: file });
      });
      const handle = await databaseFromEnv();
      try {
        const tenantId = await tenantIdBySlug(handle.db, o.tenant);
        const roundId = o.round === undefined ? null : await roundIdOf(handle.db, tenantId, o.round);
        const summary = await withTenant(handle.db, tenantId, (tx) => importPeers(tx, tenantId, bytes, { roundId }, { userId: null, fileName: basename(file) }));
        process.stdout.write(`imported ${summary.pairs} peers of ${summary.subjects} leaders into ${roundId ? `round ${roundId}` : 'the standing list'}\n`);
      } finally {
        await handle.close();
      }
    });
  peers
    .command('clear')
    .description('empty the standing list, or a draft round\'s own list with --round (e.g. when the round no longer asks peers)')
    .requiredOption('--tenant <slug>', 'the tenant')
    .option('--round <id or name>', 'a draft round (default: the tenant\'s standing list)')
    .action(async (o: { tenant: string; round?: string }) => {
      const handle = await databaseFromEnv();
      try {
        const tenantId = await tenantIdBySlug(handle.db, o.tenant);
        const roundId = o.round === undefined ? null : await roundIdOf(handle.db, tenantId, o.round);
        const { pairs } = await withTenant(handle.db, tenantId, (tx) => clearPeers(tx, tenantId, { roundId }, { userId: null }));
        process.stdout.write(`removed ${pairs} peers from ${roundId ? `round ${roundId}` : 'the standing list'}\n`);
      } finally {
        await handle.close();
      }
    });
}
