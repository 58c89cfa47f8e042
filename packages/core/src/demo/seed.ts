import type { Database, Kysely } from '@spejl/db';
import { withTenant } from '@spejl/db';
import { createMailer, type Mailer } from '../mail/transport.ts';
import { addMember } from '../tenants/members.ts';
import { createTenant, tenantBySlug, type Tenant } from '../tenants/tenants.ts';
import { randomPassword } from './credentials.ts';
import { ensureDemoUser } from './accounts.ts';
import { DEMO_LEADER_EMAIL } from './leader-account.ts';
import { demoSteps, type DemoContext } from './steps.ts';

/** The demo tenant's slug; `pnpm start` and the browser tests look it up by this. */
export const DEMO_TENANT_SLUG = 'egeskov';
/** The demo operator's e-mail. */
export const DEMO_OPERATOR_EMAIL = 'operator@spejl.example';
/** The demo tenant admin's e-mail. */
export const DEMO_ADMIN_EMAIL = 'admin@egeskov.example';

/** E-mail and password of one demo account. */
export interface Credentials {
  email: string;
  password: string;
}

/** Passwords for the demo accounts (they are generated and kept by whoever calls the seed). */
export interface DemoPasswords {
  operator: string;
  admin: string;
  /** The demo leader's; a random one when not given (then nobody can sign in as the leader). */
  leader?: string;
}

/** What the seed did. */
export interface DemoSeedResult {
  /** False when the demo tenant already existed and nothing was changed. */
  created: boolean;
  tenant: Tenant;
  operator: Credentials;
  admin: Credentials;
  /** The demo leader, when its password is known (given, or the demo was just created). */
  leader?: Credentials;
}

/**
 * Seeds an operator and the demo tenant "Egeskov Kommune" with a tenant admin, then every
 * registered demo step (a leader account among them). Does nothing when the demo tenant exists already.
 */
export async function seedDemo(
  db: Kysely<Database>,
  passwords: DemoPasswords,
  options: { mailer?: Mailer } = {},
): Promise<DemoSeedResult> {
  const operatorCredentials = { email: DEMO_OPERATOR_EMAIL, password: passwords.operator };
  const adminCredentials = { email: DEMO_ADMIN_EMAIL, password: passwords.admin };
  const existing = await db.selectFrom('tenants').select('id').where('slug', '=', DEMO_TENANT_SLUG).executeTakeFirst();
  if (existing) {
    const leader = passwords.leader ? { leader: { email: DEMO_LEADER_EMAIL, password: passwords.leader } } : {};
    return { created: false, tenant: await tenantBySlug(db, DEMO_TENANT_SLUG), operator: operatorCredentials, admin: adminCredentials, ...leader };
  }
  const leaderPassword = passwords.leader ?? randomPassword();
  const operator = await ensureDemoUser(db, DEMO_OPERATOR_EMAIL, 'Demo Operatør', passwords.operator, true);
  const tenant = await createTenant(db, { name: 'Egeskov Kommune', slug: DEMO_TENANT_SLUG, sector: 'kommune', branding: { primaryColor: '#1f6f4a' } }, operator.id);
  // The demo shows trends over three yearly rounds, the oldest closed two years ago: with the default
  // 24 months the daily retention job would take that round's names at the next start.
  await db.updateTable('tenants').set({ retention_months: 36 }).where('id', '=', tenant.id).execute();
  const admin = await ensureDemoUser(db, DEMO_ADMIN_EMAIL, 'Anne Admin', passwords.admin, false);
  await withTenant(db, tenant.id, (tx) => addMember(tx, tenant.id, admin.id, 'admin', operator.id));
  const context: DemoContext = { db, mailer: options.mailer ?? createMailer({ from: 'spejl@spejl.example', demo: true }), tenant, operator, admin, leaderPassword };
  for (const step of demoSteps) {
    try {
      await step.run(context);
    } catch (error) {
      throw new Error(`demo step "${step.name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return { created: true, tenant, operator: operatorCredentials, admin: adminCredentials, leader: { email: DEMO_LEADER_EMAIL, password: leaderPassword } };
}
