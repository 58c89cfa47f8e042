import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { codedError, importResponses } from '@spejl/core';
import { databaseFromEnv, withTenant } from '@spejl/db';
import { roundIdOf } from './round-ref.ts';
import { tenantIdBySlug } from './round.ts';

/** `spejl responses import`: forms collected outside Spejl, all or nothing. */
export function register(program: Command): void {
  const responses = program.command('responses').description('forms (besvarelser)');
  responses
    .command('import')
    .description('import a responses file (subject_id,rater_role,<theme>.<item>,…) into a round; nothing is stored if any row is bad')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--round <id or name>', 'the round, by id or name')
    .argument('<file>', 'the responses file (CSV, , or ; separated, or XLSX)')
    .action(async (file: string, o: { tenant: string; round: string }) => {
      const bytes = await readFile(file).catch(() => {
        throw codedError('BAD_INPUT', 'cli.cannotRead', { path: file });
      });
      const handle = await databaseFromEnv();
      try {
        const tenantId = await tenantIdBySlug(handle.db, o.tenant);
        const roundId = await roundIdOf(handle.db, tenantId, o.round);
        const summary = await withTenant(handle.db, tenantId, (tx) => importResponses(tx, tenantId, roundId, bytes, basename(file)));
        process.stdout.write(`imported ${summary.forms} forms (${summary.byRole.employee} employee, ${summary.byRole.self} self, ${summary.byRole.superior} superior, ${summary.byRole.peer} peer)\n`);
      } finally {
        await handle.close();
      }
    });
}
