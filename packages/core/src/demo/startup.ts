import { sql, type Database, type Kysely } from '@spejl/db';
import { demoPasswords, readDemoPasswords } from './credentials.ts';
import { DEMO_LEADER_EMAIL } from './leader-account.ts';
import { demoLeaderIdentity, type DemoLeaderIdentity } from './leader-identity.ts';
import { DEMO_ADMIN_EMAIL, DEMO_OPERATOR_EMAIL, DEMO_TENANT_SLUG, seedDemo, type Credentials } from './seed.ts';

/** What `pnpm start` prints about the demo. */
export interface DemoStartup {
  /** True when this start seeded the demo (the database had no users and no tenants). */
  seeded: boolean;
  /** The demo accounts, when this data directory knows their passwords. */
  credentials?: { operator: Credentials; admin: Credentials; leader?: Credentials };
  /** Who the demo leader account is in the demo's hierarchy, when it is bound to a person. */
  leader?: DemoLeaderIdentity;
}

/**
 * Seeds the demo into an empty database with passwords kept in the data directory, so the
 * credentials printed at every start stay valid. A database with any user or tenant is left alone.
 */
export async function demoOnStart(db: Kysely<Database>, dataDir: string): Promise<DemoStartup> {
  const counts = await sql<{ users: number; tenants: number }>`
    select (select count(*) from "user")::int as users, (select count(*) from tenants)::int as tenants`.execute(db);
  const { users, tenants } = counts.rows[0] ?? { users: 0, tenants: 0 };
  if (users === 0 && tenants === 0) {
    const seeded = await seedDemo(db, demoPasswords(dataDir));
    const credentials = { operator: seeded.operator, admin: seeded.admin, ...(seeded.leader ? { leader: seeded.leader } : {}) };
    return { seeded: true, credentials, ...(await leaderOf(db, seeded.tenant.id)) };
  }
  const known = readDemoPasswords(dataDir);
  const demo = await db.selectFrom('tenants').select('id').where('slug', '=', DEMO_TENANT_SLUG).executeTakeFirst();
  if (!known || !demo) return { seeded: false };
  // A demo seeded before the leader account existed has none to print.
  const leaderAccount = known.leader ? await db.selectFrom('user').select('id').where('email', '=', DEMO_LEADER_EMAIL).executeTakeFirst() : undefined;
  const leader = known.leader && leaderAccount ? { leader: { email: DEMO_LEADER_EMAIL, password: known.leader } } : {};
  return {
    seeded: false,
    credentials: { operator: { email: DEMO_OPERATOR_EMAIL, password: known.operator }, admin: { email: DEMO_ADMIN_EMAIL, password: known.admin }, ...leader },
    ...(known.leader && leaderAccount ? await leaderOf(db, demo.id) : {}),
  };
}

async function leaderOf(db: Kysely<Database>, tenantId: string): Promise<{ leader?: DemoLeaderIdentity }> {
  const leader = await demoLeaderIdentity(db, tenantId);
  return leader ? { leader } : {};
}
