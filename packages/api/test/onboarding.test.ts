import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, createTenantWithAdmin, type Mailer } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { egeskovFile } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

describe.each(testEngines())('onboarding a new organisation on $name', (engine) => {
  let f: ApiFixture;

  beforeAll(async () => {
    f = await apiFixture(engine);
  });
  afterAll(() => f?.close());

  const slugs = async () => (await f.as(f.operator).tenant.list()).map((t) => t.slug);

  it('creates a tenant and invites its first admin by mail through the ordinary invitation, who joins as admin', async () => {
    const created = await f.as(f.operator).tenant.create({ name: 'Skovby Kommune', slug: 'skovby', firstAdminEmail: ' HR.Chef@Skovby.dk ' });
    // No mail server here: the console is told the invitation waits in the outbox, as the outbox says.
    expect(created).toMatchObject({ name: 'Skovby Kommune', slug: 'skovby', invitedAdmin: 'hr.chef@skovby.dk', invitationDelivery: 'stored' });
    expect(await f.as(f.operator).outbox.tenant({ tenantId: created.id, limit: 1 })).toMatchObject([{ to: 'hr.chef@skovby.dk', status: 'stored' }]);
    const { invitations, members } = await f.as(f.operator).members.list({ tenantId: created.id });
    expect(members).toEqual([]);
    expect(invitations).toMatchObject([{ email: 'hr.chef@skovby.dk', role: 'admin' }]);
    const mail = f.inbox('hr.chef@skovby.dk').at(-1);
    expect(mail?.subject).toContain('Skovby Kommune');
    const link = new RegExp(`${PUBLIC_URL}/invite\\?tenant=${created.id}&token=([A-Za-z0-9_-]{43})`).exec(mail?.text ?? '');
    expect(link).not.toBeNull();
    await f.as(null).members.acceptInvitation({ tenantId: created.id, token: link![1]!, name: 'Hanne Chef', password: 'a long enough password' });
    const after = await f.as(f.operator).members.list({ tenantId: created.id });
    expect(after.members.map((m) => [m.email, m.role])).toEqual([['hr.chef@skovby.dk', 'admin']]);
    const audit = (await f.as(f.operator).tenant.audit({ tenantId: created.id })).map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['tenant.create', 'member.invite']));
  });

  it('says the first admin\'s invitation was sent only when a mail server took it, and that it failed when it did', async () => {
    const mailer = (status: 'sent' | 'failed'): Mailer => ({ sends: true, keepsLinks: false, deliver: async () => ({ status, error: status === 'failed' ? '550 no such mailbox' : null }), close: () => {} });
    const context = (status: 'sent' | 'failed') => ({ actorUserId: f.operator.id, mailer: mailer(status), publicUrl: PUBLIC_URL });
    const sent = await createTenantWithAdmin(f.db, { name: 'Sendt Kommune', slug: 'sendt', firstAdminEmail: 'hr@sendt.dk' }, context('sent'));
    expect(sent.invitation).toMatchObject({ email: 'hr@sendt.dk', delivery: 'sent' });
    const failed = await createTenantWithAdmin(f.db, { name: 'Fejlet Kommune', slug: 'fejlet', firstAdminEmail: 'hr@fejlet.dk' }, context('failed'));
    expect(failed.invitation).toMatchObject({ email: 'hr@fejlet.dk', delivery: 'failed' });
    expect(await f.as(f.operator).outbox.tenant({ tenantId: failed.tenant.id, limit: 1 })).toMatchObject([{ status: 'failed' }]);
  });

  it('creates no tenant and sends nothing when the first admin\'s e-mail is not an address', async () => {
    const error = await f.as(f.operator).tenant.create({ name: 'Fejl Kommune', slug: 'fejl', firstAdminEmail: 'hr-chef.fejl.dk' }).then(
      () => ({ code: 'OK', cause: { issues: [] } }),
      (e: unknown) => e as { code: string; cause: { issues: { path: PropertyKey[] }[] } },
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(error.cause.issues.map((i) => i.path.join('.'))).toEqual(['firstAdminEmail']);
    expect(await slugs()).not.toContain('fejl');
    expect(f.inbox('hr-chef.fejl.dk')).toEqual([]);
  });

  it('sends no invitation when the tenant cannot be created (a taken slug)', async () => {
    await expect(f.as(f.operator).tenant.create({ name: 'Skovby igen', slug: 'skovby', firstAdminEmail: 'ny@skovby.dk' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(f.inbox('ny@skovby.dk')).toEqual([]);
  });

  it('derives the checklist from what the organisation has set up, one step at a time', async () => {
    const { id: tenantId } = await f.as(f.operator).tenant.create({ name: 'Lundby Kommune', slug: 'lundby' });
    const admin = await f.user('Lundby-admin');
    await f.join(tenantId, admin, 'admin');
    const done = async () => Object.fromEntries((await f.as(admin).tenant.checklist({ tenantId })).map((i) => [i.step, i.done]));
    expect(await done()).toEqual({ branding: false, people: false, themes: false, reports: false, round: false });

    await f.as(f.operator).tenant.update({ tenantId, branding: { primaryColor: '#1f6f4a' } });
    expect(await done()).toEqual({ branding: true, people: false, themes: false, reports: false, round: false });

    await withTenant(f.db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: egeskovFile('egeskov-people.csv') }, { actor: { userId: admin.id, label: admin.email }, source: 'console' }));
    expect((await f.as(admin).tenant.checklist({ tenantId })).find((i) => i.step === 'people')).toEqual({ step: 'people', done: true, facts: { people: 16 } });

    await f.as(admin).themes.saveFraming({ tenantId, framing: { defaultExample: { da: 'borgerne i Lundby' }, faggruppeExamples: [] } });
    expect(await done()).toEqual({ branding: true, people: true, themes: true, reports: false, round: false });

    await f.as(admin).reports.saveSettings({ tenantId, expectedRevision: null, superiorReadsReports: true, reports: { leader: { enabled: true, options: {} } } });
    expect(await done()).toEqual({ branding: true, people: true, themes: true, reports: true, round: false });

    // A draft is not yet a round: only launching counts.
    const round = await f.as(admin).rounds.create({ tenantId, settings: { name: 'Første måling', themes: [{ id: 'borgerorientering' }] } });
    expect((await f.as(admin).tenant.checklist({ tenantId })).find((i) => i.step === 'round')).toEqual({ step: 'round', done: false, facts: { launched: 0, drafts: 1 } });
    await f.as(admin).rounds.launch({ tenantId, roundId: round.id });
    expect(await done()).toEqual({ branding: true, people: true, themes: true, reports: true, round: true });
  });

  it('shows the checklist to admins and operators, not to analysts', async () => {
    const { tenant } = await f.tenantWithAdmin('tjekliste');
    const analyst = await f.user('Analytiker');
    await f.join(tenant.id, analyst, 'analyst');
    await expect(f.as(analyst).tenant.checklist({ tenantId: tenant.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.as(f.operator).tenant.checklist({ tenantId: tenant.id })).toHaveLength(5);
  });
});
