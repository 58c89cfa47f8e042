import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from './fixture.ts';

type Member = Awaited<ReturnType<ApiFixture['user']>>;

/* Data protection in the console: the retention period, the record of processing, export and erasure of one person. */
describe.each(testEngines())('privacy procedures on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let otherId: string;
  let admin: Member;
  let otherAdmin: Member;
  let analyst: Member;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const a = await f.tenantWithAdmin('privat');
    const b = await f.tenantWithAdmin('nabo');
    [tenantId, otherId, admin, otherAdmin] = [a.tenant.id, b.tenant.id, a.admin, b.admin];
    analyst = await f.user('Analytiker');
    await f.join(tenantId, analyst, 'analyst');
    const add = (personId: string, name: string) => f.as(admin).people.add({ tenantId, person: { personId, name, email: `${personId}@privat.dk`, managerId: null, faggruppe: null, unitName: null } });
    await add('P1', 'Bente Bruun');
    await add('P2', 'Carl Clausen');
  });
  afterAll(() => f?.close());

  it('shows the record of processing and the default period; an admin changes it within the limits, audited', async () => {
    const overview = await f.as(analyst).privacy.overview({ tenantId });
    expect(overview.retentionMonths).toBe(24);
    expect(overview.record.map((r) => r.table)).toEqual(expect.arrayContaining(['people', 'round_respondents', 'audit_log']));
    await expect(f.as(admin).privacy.setRetention({ tenantId, months: 3 })).rejects.toThrow();
    await expect(f.as(admin).privacy.setRetention({ tenantId, months: 121 })).rejects.toThrow();
    await expect(f.as(analyst).privacy.setRetention({ tenantId, months: 12 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.as(admin).privacy.setRetention({ tenantId, months: 36 })).toBe(36);
    expect((await f.as(admin).privacy.overview({ tenantId })).retentionMonths).toBe(36);
    const audit = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('audit_log').select('details').where('action', '=', 'tenant.update').execute());
    expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ fields: ['retentionMonths'], to: 36 }));
  });

  it('exports a person as JSON for an admin, audited', async () => {
    const data = await f.as(admin).privacy.exportPerson({ tenantId, personId: 'P1' });
    expect(data.tables.people).toEqual([expect.objectContaining({ name: 'Bente Bruun' })]);
    const audit = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('audit_log').select('target').where('action', '=', 'person.export').execute());
    expect(audit).toEqual([{ target: 'P1' }]);
  });

  it("refuses erasure to another tenant's admin, to an analyst, and without the typed confirmation", async () => {
    await expect(f.as(otherAdmin).privacy.erasePerson({ tenantId, personId: 'P2', confirm: 'P2' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(analyst).privacy.erasePerson({ tenantId, personId: 'P2', confirm: 'P2' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(admin).privacy.erasePerson({ tenantId, personId: 'P2', confirm: 'P1' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.as(otherAdmin).privacy.erasePerson({ tenantId: otherId, personId: 'P2', confirm: 'P2' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await f.as(admin).people.list({ tenantId })).length).toBe(2);
  });

  it('erases a person for an admin: gone from people, the audit log names only a pseudonym', async () => {
    const report = await f.as(admin).privacy.erasePerson({ tenantId, personId: 'P2', confirm: 'P2' });
    expect(report.counts.people).toBe(1);
    const rows = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('audit_log').select(['action', 'target', 'details']).execute());
    expect(JSON.stringify(rows)).not.toContain('Carl Clausen');
    expect(rows).toContainEqual(expect.objectContaining({ action: 'person.erase', target: report.pseudonym }));
  });
});
