import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from './fixture.ts';

// 1 leads 2 and 3; 2 leads 4 and 5; 3 leads 6; 4, 5 and 6 lead nobody.
const PEOPLE = [
  'person_id;name;email;manager_id',
  '1;Birgitte Ravn;bira@example.org;',
  '2;Ole Kjærgaard;okj@example.org;1',
  '3;Hanne Østergård;hoe@example.org;1',
  '4;Mads Bæk;mab@example.org;2',
  '5;Lise Sørensen;lis@example.org;2',
  '6;Åse Holm;aho@example.org;3',
].join('\n');

describe.each(testEngines())('leaders bound to their person in the hierarchy, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;

  const invite = (email: string, role: 'admin' | 'analyst' | 'leader', personId?: string) =>
    f.as(admin).members.invite({ tenantId, email, role, ...(personId === undefined ? {} : { personId }) });
  const tokenFor = async (email: string) => {
    const mail = f.inbox(email).at(-1);
    const token = /&token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error(`no invitation mailed to ${email}`);
    return token;
  };
  const membership = (email: string) =>
    withTenant(f.db, tenantId, (tx) =>
      tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select(['memberships.role', 'memberships.person_id']).where('user.email', '=', email).executeTakeFirst(),
    );
  const pending = async () => (await f.as(admin).members.list({ tenantId })).invitations.map((i) => i.email);

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('vejle');
    admin = made.admin;
    tenantId = made.tenant.id;
    await f.as(admin).people.applyImport({ tenantId, fileName: 'people.csv', contentBase64: Buffer.from(PEOPLE).toString('base64') });
  });
  afterAll(() => f?.close());

  it('invites a leader as a person, and accepting makes a member who is that person', async () => {
    const invitation = await invite('ole@example.org', 'leader', '2');
    expect(invitation.person).toEqual({ personId: '2', name: 'Ole Kjærgaard', unitName: null });
    expect((await f.as(admin).members.list({ tenantId })).invitations.find((i) => i.email === 'ole@example.org')?.person?.name).toBe('Ole Kjærgaard');
    await f.as(null).members.acceptInvitation({ tenantId, token: await tokenFor('ole@example.org'), name: 'Ole', password: 'ole has a long password' });
    expect(await membership('ole@example.org')).toEqual({ role: 'leader', person_id: '2' });
    const listed = (await f.as(admin).members.list({ tenantId })).members.find((m) => m.email === 'ole@example.org');
    expect(listed).toMatchObject({ role: 'leader', personId: '2', person: { name: 'Ole Kjærgaard' } });
  });

  it('refuses a leader invitation without a person, with an unknown person or with someone who leads nobody, and stores nothing', async () => {
    const outboxBefore = (await f.as(admin).outbox.tenant({ tenantId })).length;
    await expect(invite('a@example.org', 'leader')).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { issues: [expect.objectContaining({ path: 'personId' })] } });
    await expect(invite('b@example.org', 'leader', 'P404')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('no person "P404"') });
    await expect(invite('c@example.org', 'leader', '4')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Mads Bæk (4) has no direct reports') });
    await expect(invite('d@example.org', 'analyst', '3')).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { issues: [expect.objectContaining({ path: 'personId' })] } });
    await expect(invite('e@example.org', 'leader', '2')).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('ole@example.org') });
    expect(await pending()).toEqual([]);
    expect((await f.as(admin).outbox.tenant({ tenantId })).length).toBe(outboxBefore);
  });

  it('refuses to accept when the person stopped leading since the invitation, and creates no membership', async () => {
    await invite('hanne@example.org', 'leader', '3');
    await f.as(admin).people.remove({ tenantId, personId: '6' });
    const token = await tokenFor('hanne@example.org');
    await expect(f.as(null).members.acceptInvitation({ tenantId, token, name: 'Hanne', password: 'hanne has a long password' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('ask for a new invitation'),
    });
    expect(await membership('hanne@example.org')).toBeUndefined();
    expect(await f.db.selectFrom('user').select('id').where('email', '=', 'hanne@example.org').executeTakeFirst()).toBeUndefined();
  });

  it('lets an admin bind and change the person of an existing leader, with the same checks', async () => {
    const leader = await f.user('Birgitte');
    await f.join(tenantId, leader, 'leader');
    await f.as(admin).members.setPerson({ tenantId, userId: leader.id, personId: '1' });
    expect(await membership(leader.email)).toEqual({ role: 'leader', person_id: '1' });
    await expect(f.as(admin).members.setPerson({ tenantId, userId: leader.id, personId: '5' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.as(admin).members.setPerson({ tenantId, userId: leader.id, personId: '2' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await membership(leader.email)).toEqual({ role: 'leader', person_id: '1' });
    expect((await f.as(admin).tenant.audit({ tenantId })).map((a) => a.action)).toContain('member.person');

    await expect(f.as(admin).members.setPerson({ tenantId, userId: admin.id, personId: '1' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('this member is admin') });
    await expect(f.as(leader).members.setPerson({ tenantId, userId: leader.id, personId: '2' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await f.as(admin).members.changeRole({ tenantId, userId: leader.id, role: 'analyst' });
    expect(await membership(leader.email)).toEqual({ role: 'analyst', person_id: null });
  });
});
