import type { Database, Kysely } from '@spejl/db';
import { createUser, findUserByEmail, setPassword, type UserSummary } from '../accounts/users.ts';

/** A demo account with this password: created, or an existing one given the password (so the printed credentials work). */
export async function ensureDemoUser(db: Kysely<Database>, email: string, name: string, password: string, operator: boolean): Promise<UserSummary> {
  const existing = await findUserByEmail(db, email);
  if (!existing) return createUser(db, { email, name, password, operator });
  await setPassword(db, existing.id, password);
  return existing;
}
