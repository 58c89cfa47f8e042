import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, type UserSummary } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

/*
 * Issue 11, attack 1: tenant B's admin read an invitation link in B's outbox, accepted it with a
 * password of their own, and so held the account; when tenant A later invited the same address
 * as its admin, the owner "accepted" by link alone and B's admin could sign in as A's admin.
 */
const VICTIM = 'kommunaldirektoer@egeskov.example';

describe.each(testEngines())('an invitation cannot hand one tenant an account another relies on, on $name', (engine) => {
  let f: ApiFixture;
  let a: { id: string; admin: UserSummary };
  let b: { id: string; admin: UserSummary };

  const post = (path: string, body: unknown, cookie?: string) =>
    f.auth.handler(
      new Request(`${PUBLIC_URL}/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: '203.0.113.40', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      }),
    );
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const sessionOf = (cookie: string) => f.auth.api.getSession({ headers: new Headers({ cookie }) });
  /** The invitation token in the newest mail the victim received (their own mailbox). */
  const tokenMailedTo = (email: string) => /&token=([A-Za-z0-9_-]{43})/.exec(f.inbox(email).at(-1)?.text ?? '')?.[1] ?? '';
  const tenant = async (slug: string) => {
    const made = await f.tenantWithAdmin(slug);
    return { id: made.tenant.id, admin: made.admin };
  };

  beforeAll(async () => {
    f = await apiFixture(engine);
    a = await tenant('egeskov');
    b = await tenant('naboby');
  });
  afterAll(() => f?.close());

  it("keeps the link out of B's outbox: B's admin has nothing to accept with", async () => {
    await f.as(b.admin).members.invite({ tenantId: b.id, email: VICTIM, role: 'analyst' });
    const token = tokenMailedTo(VICTIM);
    expect(token).toHaveLength(43);
    const mail = (await f.as(b.admin).outbox.tenant({ tenantId: b.id })).find((m) => m.to === VICTIM);
    expect(mail?.text).toContain('[personligt link – kun til modtageren]');
    expect(mail?.text).not.toContain(token);
    expect(JSON.stringify(await f.as(b.admin).outbox.tenant({ tenantId: b.id }))).not.toMatch(/token=/);
  });

  it("lets nobody join an existing account to A by link alone, and lets the owner take it back from B's admin", async () => {
    // Suppose B's admin held the link anyway (a demo, or before this fix) and chose the password.
    await f.as(null).members.acceptInvitation({ tenantId: b.id, token: tokenMailedTo(VICTIM), name: 'Kommunaldirektør', password: 'chosen by tenant B admin' });
    const attacker = cookieOf(await post('/sign-in/email', { email: VICTIM, password: 'chosen by tenant B admin' }));
    expect((await sessionOf(attacker))?.user.email).toBe(VICTIM);

    // Tenant A invites the same address as its admin; the link reaches only the owner's mailbox.
    await f.as(a.admin).members.invite({ tenantId: a.id, email: VICTIM, role: 'admin' });
    const token = tokenMailedTo(VICTIM);
    expect(JSON.stringify(await f.as(a.admin).outbox.tenant({ tenantId: a.id }))).not.toContain(token);
    expect(await f.as(null).members.previewInvitation({ tenantId: a.id, token })).toMatchObject({ accountExists: true });

    // The link alone, or the link with someone else's session, no longer joins the account to A.
    await expect(f.as(null).members.acceptInvitation({ tenantId: a.id, token })).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('sign in') });
    await expect(f.as(b.admin).members.acceptInvitation({ tenantId: a.id, token })).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(b.admin.email) });
    expect(await f.db.selectFrom('invitations').select('accepted_at').where('tenant_id', '=', a.id).where('email', '=', VICTIM).executeTakeFirst()).toEqual({ accepted_at: null });

    // The owner cannot sign in (B chose the password), so they reset it from their own mailbox ...
    expect((await post('/request-password-reset', { email: VICTIM, redirectTo: `${PUBLIC_URL}/reset-password` })).status).toBe(200);
    const resetToken = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(f.inbox(VICTIM).at(-1)?.text ?? '')?.[1];
    expect((await post('/reset-password', { token: resetToken, newPassword: 'only the owner knows this' })).status).toBe(200);
    // ... which ends B's admin's session and leaves B's password useless ...
    expect(await sessionOf(attacker)).toBeNull();
    expect((await post('/sign-in/email', { email: VICTIM, password: 'chosen by tenant B admin' })).status).toBe(401);

    // ... and accepts signed in as the account.
    const ownerCookie = cookieOf(await post('/sign-in/email', { email: VICTIM, password: 'only the owner knows this' }));
    const owner = (await sessionOf(ownerCookie))!.user;
    const owned = { id: owner.id, email: owner.email, name: owner.name, operator: false, locale: 'da' };
    expect(await f.as(owned).members.acceptInvitation({ tenantId: a.id, token })).toMatchObject({ email: VICTIM, accountCreated: false });
    expect((await f.as(owned).tenant.current({ tenantId: a.id })).role).toBe('admin');
  });
});

describe.each(testEngines())('invitations in a demo without a mail server, on $name', (engine) => {
  let f: ApiFixture;

  beforeAll(async () => {
    f = await apiFixture(engine, { demo: true });
  });
  afterAll(() => f?.close());

  it('show the link in the outbox, say the console is in demo mode, and still want a sign-in for an existing account', async () => {
    const { tenant, admin } = await f.tenantWithAdmin('demo');
    const existing = await f.user('Eksisterende');
    expect(await f.as(admin).outbox.mode()).toEqual({ sends: false, demo: true });
    await f.as(admin).members.invite({ tenantId: tenant.id, email: existing.email, role: 'analyst' });
    const mail = (await f.as(admin).outbox.tenant({ tenantId: tenant.id })).find((m) => m.to === existing.email);
    const token = /&token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] ?? '';
    expect(token).toHaveLength(43);
    await expect(f.as(admin).members.acceptInvitation({ tenantId: tenant.id, token })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.as(existing).members.acceptInvitation({ tenantId: tenant.id, token })).toMatchObject({ userId: existing.id });
  });
});
