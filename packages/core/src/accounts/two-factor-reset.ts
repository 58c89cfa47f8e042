import type { Database, Kysely } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { auditAccount } from './sign-in-audit.ts';

/**
 * Turns an account's two-factor off for someone who lost both their phone and their recovery
 * codes (`spejl user reset-2fa`, run by the operator after checking who asks). Their sessions end
 * too, and the reset is in the audit log of every tenant they belong to, with no actor: it was done
 * from the command line.
 */
export async function resetTwoFactor(db: Kysely<Database>, email: string): Promise<{ id: string; email: string }> {
  const wanted = email.trim().toLowerCase();
  const account = await db.transaction().execute(async (tx) => {
    const found = await tx.selectFrom('user').select(['id', 'email']).where('email', '=', wanted).executeTakeFirst();
    if (!found) return undefined;
    await tx.deleteFrom('twoFactor').where('userId', '=', found.id).execute();
    await tx.updateTable('user').set({ twoFactorEnabled: false }).where('id', '=', found.id).execute();
    await tx.deleteFrom('session').where('userId', '=', found.id).execute();
    return found;
  });
  if (!account) throw codedError('NOT_FOUND', 'cli.userNotFound', { email: wanted });
  await auditAccount(db, account, 'auth.twoFactorReset', false, undefined);
  return account;
}
