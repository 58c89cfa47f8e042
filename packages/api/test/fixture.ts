import { addMember, createAuth, createMailer, createTenant, createUser, type MailMessage, type Mailer, type UserSummary } from '@spejl/core';
import { withTenant, type MemberRole, type SpejlDatabase } from '@spejl/db';
import type { TestEngine } from '@spejl/db/testing';
import { appRouter } from '../src/root.ts';
import { createCallerFactory, type ApiServices, type SessionUser } from '../src/trpc.ts';

/** The address tests pretend the console is served from. */
export const PUBLIC_URL = 'http://127.0.0.1:4100';
const createCaller = createCallerFactory(appRouter);

/**
 * A store-only mailer (no SMTP) that also hands every mail to its addressee's inbox, as a mail
 * server would: tests read links where the addressee reads them, never from the outbox.
 */
function mailerWithInboxes(demo: boolean): { mailer: Mailer; inbox: (to: string) => MailMessage[] } {
  const inner = createMailer({ from: 'spejl@example.org', demo });
  const delivered: MailMessage[] = [];
  const mailer: Mailer = {
    sends: inner.sends,
    keepsLinks: inner.keepsLinks,
    deliver: async (message) => {
      delivered.push(message);
      return inner.deliver(message);
    },
    close: () => inner.close(),
  };
  return { mailer, inbox: (to) => delivered.filter((m) => m.to === to.trim().toLowerCase()) };
}

/** An API over a fresh database, with helpers to make users and call procedures as them; `demo` as `spejl --demo` without SMTP. */
export async function apiFixture(engine: TestEngine, options: { demo?: boolean } = {}) {
  const handle: SpejlDatabase = await engine.open();
  const { mailer, inbox } = mailerWithInboxes(options.demo === true);
  const auth = createAuth({ db: handle.db, mailer, secret: 'test-secret-'.repeat(4), publicUrl: PUBLIC_URL });
  const services: ApiServices = { db: handle.db, auth, mailer, publicUrl: PUBLIC_URL };
  let counter = 0;

  const session = (u: UserSummary): SessionUser => ({ id: u.id, email: u.email, name: u.name, operator: u.operator, locale: u.locale });
  /** A caller acting as this user (or signed out with null). */
  const as = (user: UserSummary | null) => createCaller({ ...services, user: user ? session(user) : null });
  /** A new user with a password. */
  const user = (name: string, operator = false) =>
    createUser(handle.db, { email: `${name.toLowerCase()}-${++counter}@example.org`, name, password: 'test password 123', operator });
  /** Makes a user a member of a tenant. */
  const join = (tenantId: string, u: UserSummary, role: MemberRole) => withTenant(handle.db, tenantId, (tx) => addMember(tx, tenantId, u.id, role, null));
  /** A tenant with one admin. */
  const tenantWithAdmin = async (slug: string) => {
    const tenant = await createTenant(handle.db, { name: `Tenant ${slug}`, slug }, null);
    const admin = await user(`Admin-${slug}`);
    await join(tenant.id, admin, 'admin');
    return { tenant, admin };
  };

  const operator = await user('Operator', true);
  return { handle, db: handle.db, services, auth, as, user, join, tenantWithAdmin, operator, inbox, close: () => handle.close() };
}

/** What {@link apiFixture} resolves to. */
export type ApiFixture = Awaited<ReturnType<typeof apiFixture>>;
