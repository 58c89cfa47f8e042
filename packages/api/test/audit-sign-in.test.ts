import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, type UserSummary } from '@spejl/core';
import { sql } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

const WRONG = 'Hemmeligt-forkert-kodeord-42';

/* Issue 16: every sign-in and failed sign-in is in the log, without the password, and only where the account is a member. */
describe.each(testEngines())('sign-ins in the audit log on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;
  let outsider: UserSummary;

  const signIn = (email: string, password: string, address: string) => f.auth.handler(new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: address },
    body: JSON.stringify({ email, password }),
  }));
  const log = () => f.as(admin).audit.list({ tenantId, filter: {}, page: 1, pageSize: 200 }).then((p) => p.rows.filter((r) => r.action.startsWith('auth.')));

  beforeAll(async () => {
    f = await apiFixture(engine);
    const a = await f.tenantWithAdmin('signin-a');
    tenantId = a.tenant.id;
    admin = a.admin;
    outsider = (await f.tenantWithAdmin('signin-b')).admin;
  });
  afterAll(() => f?.close());

  it('writes a sign-in with the account as actor', async () => {
    expect((await signIn(admin.email, 'test password 123', '192.0.2.1')).status).toBe(200);
    expect(await log()).toEqual([expect.objectContaining({ action: 'auth.signIn', actorEmail: admin.email, subject: admin.email, details: { address: '192.0.2.1' } })]);
  });

  it('writes a failed sign-in of a member without an actor, and nowhere the password', async () => {
    expect((await signIn(admin.email.toUpperCase(), WRONG, '192.0.2.2')).status).toBe(401);
    const failed = (await log()).filter((r) => r.action === 'auth.signInFailed');
    expect(failed).toEqual([expect.objectContaining({ actorEmail: null, actorRole: 'system', subject: admin.email, details: { address: '192.0.2.2' } })]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log where action::text || target::text || details::text like ${`%${WRONG}%`}`.execute(f.db);
    expect(rows[0]!.n).toBe(0);
  });

  it("tells an admin nothing about addresses that are not their members: another tenant's account or no account at all", async () => {
    const before = await log();
    expect((await signIn(outsider.email, WRONG, '192.0.2.3')).status).toBe(401);
    expect((await signIn('nobody-at-all@example.org', WRONG, '192.0.2.3')).status).toBe(401);
    expect((await signIn(outsider.email, 'test password 123', '192.0.2.3')).status).toBe(200);
    expect(await log()).toEqual(before);
    const all = await f.as(admin).audit.list({ tenantId, filter: {}, page: 1, pageSize: 200 });
    expect(JSON.stringify(all)).not.toContain('nobody-at-all');
    expect(JSON.stringify(all)).not.toContain(outsider.email);
  });
});
