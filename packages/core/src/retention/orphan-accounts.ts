import { withUser, type Database, type Kysely } from '@spejl/db';

/*
 * Accounts are global: one login may serve several organisations. When someone erased or gone
 * from one organisation has no membership left anywhere and is no operator, nothing keeps their
 * account (name, address, sessions), so it goes too; an account another organisation still uses
 * stays, as the tenancy rule says nothing one tenant does may touch an account another relies on.
 * Memberships are read as the account itself (withUser): row-level security shows them all.
 */

/** Removes the accounts with these addresses (or these ids) that belong to no organisation; returns how many (or would, dryRun). */
export async function removeOrphanAccounts(db: Kysely<Database>, emails: readonly string[], dryRun: boolean, userIds: readonly string[] = []): Promise<number> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0 && userIds.length === 0) return 0;
  let query = db.selectFrom('user').select('id').where('operator', '=', false);
  query = query.where((eb) => eb.or([
    ...(wanted.length ? [eb(eb.fn('lower', ['email']), 'in', wanted)] : []),
    ...(userIds.length ? [eb('id', 'in', [...userIds])] : []),
  ]));
  let removed = 0;
  for (const { id } of await query.execute()) {
    const member = await withUser(db, id, (tx) => tx.selectFrom('memberships').select('tenant_id').where('user_id', '=', id).executeTakeFirst());
    if (member) continue;
    if (!dryRun) await db.deleteFrom('user').where('id', '=', id).execute();
    removed++;
  }
  return removed;
}
