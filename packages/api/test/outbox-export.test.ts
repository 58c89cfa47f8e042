import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from './fixture.ts';

/*
 * The outbox list shows the newest 200; its count and its CSV are of every mail that matches.
 * A walkthrough found "200 i alt." over an outbox of 517 mails and a CSV of exactly 200 rows.
 */
describe.each(testEngines())('the outbox counts and exports every matching mail, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let otherTenantId: string;
  let admin: UserSummary;
  let otherAdmin: UserSummary;
  let analyst: UserSummary;

  /** Mails stored straight into a tenant's outbox, one a minute, the newest last. */
  async function storeMails(tenant: string, count: number, subject: (i: number) => string, to: (i: number) => string): Promise<void> {
    const start = Date.parse('2026-12-06T12:00:00Z');
    const rows = Array.from({ length: count }, (_, i) => ({
      tenant_id: tenant, to_address: to(i), subject: subject(i), text_body: `Hej. https://example.org/s/secret-${i}`, html_body: null, links_kept: false,
      status: i % 50 === 0 ? ('failed' as const) : ('stored' as const), error: i % 50 === 0 ? 'connect ECONNREFUSED' : null, created_at: new Date(start + i * 60_000),
    }));
    await withTenant(f.db, tenant, (tx) => tx.insertInto('mail_outbox').values(rows).execute());
  }

  beforeAll(async () => {
    f = await apiFixture(engine);
    ({ tenant: { id: tenantId }, admin } = await f.tenantWithAdmin('udbakke'));
    ({ tenant: { id: otherTenantId }, admin: otherAdmin } = await f.tenantWithAdmin('andre'));
    analyst = await f.user('Analytiker');
    await f.join(tenantId, analyst, 'analyst');
    await storeMails(tenantId, 517, (i) => (i % 10 === 0 ? `Påmindelse: Forår ${i}` : `Ledelsesevaluering: Forår ${i}`), (i) => `person${i}@example.org`);
    await storeMails(otherTenantId, 30, (i) => `Ledelsesevaluering: Andre ${i}`, (i) => `andre${i}@example.org`);
  }, 120_000);
  afterAll(() => f?.close());

  it('says how many mails the newest page is part of, for the whole outbox and for a search', async () => {
    const api = f.as(admin).outbox;
    expect(await api.tenant({ tenantId, limit: 200 })).toHaveLength(200);
    expect(await api.tenantCount({ tenantId })).toEqual({ total: 517 });
    expect(await api.tenantCount({ tenantId, search: 'påmindelse' })).toEqual({ total: 52 });
    expect(await api.tenantCount({ tenantId, search: '100%' })).toEqual({ total: 0 });
  });

  it('exports every matching mail, newest first, with metadata only', async () => {
    const all = await f.as(admin).outbox.tenantExport({ tenantId });
    expect(all.total).toBe(517);
    expect(all.rows).toHaveLength(517);
    expect(all.rows[0]!.subject).toBe('Ledelsesevaluering: Forår 516');
    expect(all.rows.at(-1)!.to).toBe('person0@example.org');
    // Time, recipient, subject, state and why it failed: never a text, its links, or the mail server's own words.
    for (const row of all.rows) expect(Object.keys(row).sort()).toEqual(['createdAt', 'failure', 'status', 'subject', 'to']);
    expect(JSON.stringify(all)).not.toContain('secret-');
    expect(JSON.stringify(all)).not.toContain('ECONNREFUSED');
    expect(all.rows.filter((r) => r.status === 'failed').every((r) => r.failure !== null)).toBe(true);

    const reminders = await f.as(admin).outbox.tenantExport({ tenantId, search: 'Påmindelse' });
    expect(reminders.total).toBe(52);
    expect(reminders.rows.every((r) => r.subject.startsWith('Påmindelse'))).toBe(true);
  });

  it('keeps each outbox to its own admins: another tenant\'s admin and an analyst get nothing', async () => {
    expect((await f.as(otherAdmin).outbox.tenantExport({ tenantId: otherTenantId })).total).toBe(30);
    // Not even whether the organisation exists.
    await expect(f.as(otherAdmin).outbox.tenantExport({ tenantId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(otherAdmin).outbox.tenantCount({ tenantId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(analyst).outbox.tenantExport({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(analyst).outbox.tenantCount({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(admin).outbox.tenantExport({ tenantId, search: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
