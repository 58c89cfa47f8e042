import { withTenant, withUser, type Database, type Kysely } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import type { SignInAttempt } from './sign-in-throttle.ts';

/**
 * Writes a sign-in, or a failed one, to the audit log of every tenant the account is a member of
 * (issue 16). Accounts are global and the log is per tenant, so the account's memberships decide
 * where: an admin reads only about members of their own organisation, which they know already.
 * A typed e-mail with no account, or an account with no membership, is written nowhere, so no
 * tenant's log can tell anyone which addresses have an account elsewhere. The password is never
 * read here; the entry holds the account's own e-mail and the address the request came from.
 */
export async function auditSignIn(db: Kysely<Database>, attempt: SignInAttempt, succeeded: boolean): Promise<void> {
  if (!attempt.email) return;
  const account = await db.selectFrom('user').select(['id', 'email']).where('email', '=', attempt.email.trim().toLowerCase()).executeTakeFirst();
  if (!account) return;
  // A failed attempt is someone's, not necessarily the account's owner's: no actor, the account as subject.
  await auditAccount(db, account, succeeded ? 'auth.signIn' : 'auth.signInFailed', succeeded, attempt.address);
}

/**
 * Writes one event of an account to the audit log of every tenant it is a member of, with the
 * account's e-mail as target; `byOwner` says whether the account itself is the actor.
 */
export async function auditAccount(
  db: Kysely<Database>, account: { id: string; email: string }, action: string, byOwner: boolean, address: string | undefined,
): Promise<void> {
  const tenants = await withUser(db, account.id, (tx) =>
    tx.selectFrom('memberships').select('tenant_id').where('user_id', '=', account.id).execute());
  for (const { tenant_id: tenantId } of tenants) {
    await withTenant(db, tenantId, (tx) => recordAudit(tx, {
      tenantId,
      actorUserId: byOwner ? account.id : null,
      action,
      target: account.email,
      details: address ? { address } : {},
    }));
  }
}
