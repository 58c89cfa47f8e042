import type { Command } from 'commander';
import { addMember, codedError, createUser, emailSchema, memberRoleSchema, randomPassword, resetTwoFactor, tenantBySlug, type NewUserInput } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { withDatabase } from '../database.ts';

interface UserOptions {
  email: string;
  name: string;
  password?: string;
  operator?: boolean;
  tenant?: string;
  role?: string;
  locale: string;
}

/** `spejl user create`: accounts for operators and tenant members (there is no self sign-up); `spejl user reset-2fa`. */
export function register(program: Command): void {
  const user = program.command('user').description('accounts');
  user
    .command('create')
    .description('create an account; prints a generated password when none is given')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .requiredOption('--name <name>', 'full name')
    .option('--password <password>', 'at least 10 characters (default: a generated one, printed once)')
    .option('--operator', 'an operator: may create and configure every tenant')
    .option('--tenant <slug>', 'make the user a member of this tenant')
    .option('--role <role>', `role in --tenant: ${memberRoleSchema.options.join(', ')}`)
    .option('--locale <locale>', 'da or en', 'da')
    .action(async (o: UserOptions) => {
      if (o.role && !o.tenant) throw codedError('BAD_INPUT', 'cli.roleNeedsTenant', {});
      if (o.tenant && !o.role) throw codedError('BAD_INPUT', 'cli.tenantNeedsRole', {});
      const role = o.role ? memberRoleSchema.parse(o.role) : undefined;
      const password = o.password ?? randomPassword();
      const input: NewUserInput = { email: o.email, name: o.name, password, operator: Boolean(o.operator), locale: o.locale as 'da' };
      const created = await withDatabase(async (db) => {
        if (!o.tenant || !role) return db.transaction().execute((tx) => createUser(tx, input));
        const tenant = await tenantBySlug(db, o.tenant);
        // One transaction: no account is left behind without the membership it was made for.
        return withTenant(db, tenant.id, async (tx) => {
          const made = await createUser(tx, input);
          await addMember(tx, tenant.id, made.id, role, null);
          return made;
        });
      });
      const what = [created.operator ? 'operator' : null, o.tenant ? `${role} of ${o.tenant}` : null].filter(Boolean).join(', ');
      process.stdout.write(`created user ${created.email}${what ? ` (${what})` : ''}\n`);
      if (!o.password) process.stdout.write(`password: ${password}\n`);
    });
  user
    .command('reset-2fa')
    .description('turn two-factor sign-in off for an account whose phone and recovery codes are lost; ends its sessions')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .action(async (o: { email: string }) => {
      const email = emailSchema.parse(o.email);
      const account = await withDatabase((db) => resetTwoFactor(db, email));
      process.stdout.write(`two-factor sign-in is off for ${account.email}; they sign in with their password and may turn it on again\n`);
    });
}
