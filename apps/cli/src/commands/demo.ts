import type { Command } from 'commander';
import { demoLeaderIdentity, demoLeaderSummary, demoPasswords, seedDemo } from '@spejl/core';
import { dataDirFromEnv } from '@spejl/db';
import { withDatabase } from '../database.ts';

/** `spejl demo`: seeds the demo tenant Egeskov Kommune with its accounts. */
export function register(program: Command): void {
  program
    .command('demo')
    .description('seed the demo tenant "Egeskov Kommune" and its accounts (passwords kept in the data directory)')
    .action(async () => {
      const passwords = demoPasswords(dataDirFromEnv());
      const { result, who } = await withDatabase(async (db) => {
        const seeded = await seedDemo(db, passwords);
        return { result: seeded, who: await demoLeaderIdentity(db, seeded.tenant.id) };
      });
      process.stdout.write(result.created ? 'seeded the demo tenant egeskov\n' : 'the demo tenant egeskov exists already; nothing changed\n');
      process.stdout.write(`operator: ${result.operator.email} / ${result.operator.password}\nadmin:    ${result.admin.email} / ${result.admin.password}\n`);
      if (result.leader) process.stdout.write(`leader:   ${result.leader.email} / ${result.leader.password}\n`);
      // Whose report the leader account shows: a person of the demo hierarchy.
      if (result.leader && who) process.stdout.write(`          is ${demoLeaderSummary(who)}\n`);
    });
}
