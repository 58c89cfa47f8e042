import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

describe.each(testEngines())('members router on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;

  /** The token from the newest invitation mail in the invitee's inbox, as they would click it. */
  function invitationLink(to: string): { tenant: string; token: string } {
    const mail = f.inbox(to).at(-1);
    const match = /\/invite\?tenant=([0-9a-f-]+)&token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
    if (!match || !mail?.text.includes(`${PUBLIC_URL}/invite?`)) throw new Error(`no invitation link mailed to ${to}`);
    return { tenant: match[1]!, token: match[2]! };
  }

  const signIn = (email: string, password: string) =>
    f.auth.handler(
      new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: '203.0.113.5' },
        body: JSON.stringify({ email, password }),
      }),
    );

  beforeAll(async () => {
    f = await apiFixture(engine);
    ({ admin } = await f.tenantWithAdmin('roskilde'));
    tenantId = (await f.as(admin).tenant.mine())[0]!.id;
  });
  afterAll(() => f?.close());

  it('invites a new person, who creates an account with the mailed link and can sign in', async () => {
    const invitation = await f.as(admin).members.invite({ tenantId, email: 'Bo.Analytiker@Example.org', role: 'analyst' });
    expect(invitation).toMatchObject({ email: 'bo.analytiker@example.org', role: 'analyst' });
    const link = invitationLink('bo.analytiker@example.org');
    expect(link.tenant).toBe(tenantId);
    const stored = await f.db.selectFrom('invitations').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(link.token);

    expect(await f.as(null).members.previewInvitation({ tenantId, token: link.token })).toMatchObject({ tenantName: 'Tenant roskilde', role: 'analyst', accountExists: false });
    await expect(f.as(null).members.acceptInvitation({ tenantId, token: link.token })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const accepted = await f.as(null).members.acceptInvitation({ tenantId, token: link.token, name: 'Bo', password: 'bo has a long password' });
    expect(accepted).toMatchObject({ email: 'bo.analytiker@example.org', accountCreated: true });
    expect((await signIn('bo.analytiker@example.org', 'bo has a long password')).status).toBe(200);

    const { members, invitations } = await f.as(admin).members.list({ tenantId });
    expect(members.map((m) => [m.email, m.role])).toContainEqual(['bo.analytiker@example.org', 'analyst']);
    expect(invitations).toEqual([]);
    await expect(f.as(null).members.acceptInvitation({ tenantId, token: link.token, name: 'Bo', password: 'another long one' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('attaches an invitation to an existing account, signed in as it, without touching its password', async () => {
    const existing = await f.user('Lise');
    await f.as(admin).members.invite({ tenantId, email: existing.email, role: 'analyst' });
    const link = invitationLink(existing.email);
    expect(await f.as(null).members.previewInvitation({ tenantId, token: link.token })).toMatchObject({ accountExists: true });
    // The link alone is not enough for an existing account: its owner signs in first.
    await expect(f.as(null).members.acceptInvitation({ tenantId, token: link.token, password: 'ignored password' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.as(existing).members.acceptInvitation({ tenantId, token: link.token, password: 'ignored password' })).toMatchObject({ userId: existing.id, accountCreated: false });
    expect((await signIn(existing.email, 'test password 123')).status).toBe(200);
    expect((await f.as(existing).tenant.current({ tenantId })).role).toBe('analyst');
  });

  it('refuses to invite someone who is already a member, and lets a revoked link die', async () => {
    await expect(f.as(admin).members.invite({ tenantId, email: admin.email, role: 'admin' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const invitation = await f.as(admin).members.invite({ tenantId, email: 'gone@example.org', role: 'analyst' });
    const link = invitationLink('gone@example.org');
    await f.as(admin).members.revokeInvitation({ tenantId, invitationId: invitation.id });
    await expect(f.as(null).members.previewInvitation({ tenantId, token: link.token })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('changes roles and removes members, but never the last admin', async () => {
    const member = await f.user('Karen');
    await f.join(tenantId, member, 'leader');
    await f.as(admin).members.changeRole({ tenantId, userId: member.id, role: 'admin' });
    expect((await f.as(member).tenant.current({ tenantId })).role).toBe('admin');
    await f.as(member).members.changeRole({ tenantId, userId: member.id, role: 'analyst' });
    await expect(f.as(admin).members.changeRole({ tenantId, userId: admin.id, role: 'leader' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(f.as(admin).members.remove({ tenantId, userId: admin.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await f.as(admin).members.remove({ tenantId, userId: member.id });
    await expect(f.as(member).tenant.current({ tenantId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const actions = (await f.as(admin).tenant.audit({ tenantId })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['member.invite', 'member.join', 'member.role', 'member.remove', 'member.revoke-invitation']));
  });

  it('keeps member management to admins', async () => {
    const analyst = await f.user('Analyst');
    await f.join(tenantId, analyst, 'analyst');
    await expect(f.as(analyst).members.list({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(analyst).members.invite({ tenantId, email: 'x@example.org', role: 'admin' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(analyst).outbox.tenant({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('tells the signed-in person who they are; operators see the system outbox', async () => {
    expect(await f.as(null).me.get()).toBeNull();
    const me = await f.as(admin).me.get();
    expect(me).toMatchObject({ user: { email: admin.email }, operator: false, memberships: [{ id: tenantId, role: 'admin' }] });
    await f.as(admin).me.setLocale({ locale: 'en' });
    expect((await f.db.selectFrom('user').select('locale').where('id', '=', admin.id).executeTakeFirstOrThrow()).locale).toBe('en');
    await expect(f.as(admin).outbox.system()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.as(f.operator).outbox.system()).toEqual(expect.any(Array));
  });
});
