import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserSummary } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { closedEgeskovRound, importEgeskovPeople, member } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

/*
 * Attempts a security review made that found the limits holding; kept so they go on holding.
 * Test invitations are five an hour per user and organisation, go only to the caller and carry
 * no survey link; people.list is for admins and analysts; a leader's chain report stops at the
 * chain's edge, faggrupper included.
 */

describe.each(testEngines())('what a security review tried that held: test invitations, people.list, a chain report, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;
  let roundId: string;
  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('misc');
    tenantId = made.tenant.id;
    admin = made.admin;
    await importEgeskovPeople(f, tenantId);
    roundId = (await f.as(admin).rounds.create({ tenantId, settings: { name: 'Forår', themes: [{ id: 'borgerorientering' }] } })).id;
  });
  afterAll(() => f?.close());

  it('test invitations: 8 at once → 5 sent, 3 refused; always to the caller; a second organisation gives 5 more (per user *and* organisation)', async () => {
    const api = f.as(admin);
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => api.rounds.sendTestInvitation({ tenantId, roundId })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const r of results) if (r.status === 'fulfilled') expect(r.value.to).toBe(admin.email);
    // Input cannot name a recipient (zod strips unknown keys).
    await expect(api.rounds.sendTestInvitation({ tenantId, roundId, to: 'victim@example.org' } as never)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const other = await f.tenantWithAdmin('misc2');
    await f.join(other.tenant.id, admin, 'admin');
    await importEgeskovPeople(f, other.tenant.id);
    const r2 = (await api.rounds.create({ tenantId: other.tenant.id, settings: { name: 'X', themes: [{ id: 'borgerorientering' }] } })).id;
    const more = await Promise.allSettled(Array.from({ length: 6 }, () => api.rounds.sendTestInvitation({ tenantId: other.tenant.id, roundId: r2 })));
    expect(more.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    // The preview link carries no survey token: it is a console page.
    const sent = f.inbox(admin.email).filter((m) => m.subject.startsWith('[TEST]'));
    expect(sent.every((m) => !/\/s\/#/.test(`${m.text}${m.html}`))).toBe(true);
  });

  it('people.list: leaders refused, analysts allowed (as people.search/get/exportCsv already are)', async () => {
    const leader = await member(f, tenantId, 'Mads', 'leader', '1004');
    const analyst = await member(f, tenantId, 'Ana', 'analyst', null);
    await expect(f.as(leader).people.list({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await f.as(analyst).people.list({ tenantId })).length).toBe(16);
    const stranger = (await f.tenantWithAdmin('stranger')).admin;
    await expect(f.as(stranger).people.list({ tenantId })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'access.tenantNotYours' } } });
    // A leader cannot preview the round or mail a test either.
    await expect(f.as(leader).rounds.preview({ tenantId, roundId, role: 'employee' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("a leader's chain report names faggrupper only of their own chain; another chain is refused", async () => {
    const t2 = await f.tenantWithAdmin('reports');
    const closed = await closedEgeskovRound(f, t2.admin, t2.tenant.id);
    const mads = await member(f, t2.tenant.id, 'Mads2', 'leader', '1004');
    const ole = await member(f, t2.tenant.id, 'Ole2', 'leader', '1002');
    await expect(f.as(mads).reports.document({ tenantId: t2.tenant.id, roundId: closed, reportId: 'chain', leaderId: '1005', locale: 'da' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(mads).reports.document({ tenantId: t2.tenant.id, roundId: closed, reportId: 'chain', leaderId: '1001', locale: 'da' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const doc = await f.as(ole).reports.document({ tenantId: t2.tenant.id, roundId: closed, reportId: 'chain', leaderId: '1002', locale: 'da' });
    const text = JSON.stringify(doc);
    expect(text).not.toContain('Sundhed og Ældre');
  });
});
