import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { downloadRoutes } from '../../src/downloads/report-job-download.ts';
import { appRouter } from '../../src/root.ts';
import { createCallerFactory } from '../../src/trpc.ts';
import { apiFixture, type ApiFixture } from '../fixture.ts';
import { browser, totpCode } from './browser-session.ts';

const PASSWORD = 'test password 123';
const createCaller = createCallerFactory(appRouter);

/** Issue 16: a tenant may require two-factor of its admins; the server refuses them until they have it. */
describe.each(testEngines())('a tenant requiring two-factor on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let otherTenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;
  let coAdmin: Awaited<ReturnType<ApiFixture['user']>>;
  let analyst: Awaited<ReturnType<ApiFixture['user']>>;
  let otherAdmin: Awaited<ReturnType<ApiFixture['user']>>;
  let addresses = 0;
  const fresh = () => `203.0.113.${++addresses % 250}`;

  /** A browser signed in all the way, with two-factor turned on first when asked. */
  const session = async (email: string, withTwoFactor: boolean) => {
    const b = browser(f, fresh());
    expect((await b.signIn(email, PASSWORD)).status).toBe(200);
    if (withTwoFactor) {
      const on = await b.auth('/two-factor/enable', { password: PASSWORD });
      b.where.address = fresh();
      expect((await b.auth('/two-factor/verify-totp', { code: totpCode(on.body!.totpURI as string) })).status).toBe(200);
    }
    return b;
  };
  const required = async (id: string) => {
    const { rows } = await sql<{ on: boolean }>`select require_two_factor as on from tenants where id = ${id}`.execute(f.db);
    return rows[0]!.on;
  };

  beforeAll(async () => {
    f = await apiFixture(engine);
    const a = await f.tenantWithAdmin('kraever');
    tenantId = a.tenant.id;
    admin = a.admin;
    coAdmin = await f.user('Medadmin');
    await f.join(tenantId, coAdmin, 'admin');
    analyst = await f.user('Analytiker');
    await f.join(tenantId, analyst, 'analyst');
    const b = await f.tenantWithAdmin('anden');
    otherTenantId = b.tenant.id;
    otherAdmin = b.admin;
  });
  afterAll(() => f?.close());

  it('will not let an admin without two-factor require it (they would shut themselves out)', async () => {
    const b = await session(admin.email, false);
    const refused = await b.trpc('twoFactor.setRequired', { tenantId, required: true }, 'mutation');
    expect(refused).toMatchObject({ status: 409, errorCode: 'tenant.twoFactorYourselfFirst' });
    expect(await required(tenantId)).toBe(false);
  });

  it("refuses another tenant's admin, even one with two-factor, the same way as a tenant that does not exist", async () => {
    const b = await session(otherAdmin.email, true);
    const refused = await b.trpc('twoFactor.setRequired', { tenantId, required: true }, 'mutation');
    expect(refused).toMatchObject({ status: 404, errorCode: 'access.tenantNotYours' });
    expect(await required(tenantId)).toBe(false);
    expect((await b.trpc('twoFactor.setRequired', { tenantId: otherTenantId, required: true }, 'mutation')).status).toBe(200);
    expect(await required(otherTenantId)).toBe(true);
  });

  it('an admin with two-factor requires it; the change is logged', async () => {
    const b = await session(admin.email, true);
    expect(await b.trpc('twoFactor.setRequired', { tenantId, required: true }, 'mutation')).toMatchObject({ status: 200, data: { required: true } });
    expect(await b.trpc('twoFactor.required', { tenantId })).toMatchObject({ status: 200, data: { required: true } });
    const { rows } = await sql<{ actor: string; details: unknown }>`
      select actor_user_id as actor, details from audit_log where tenant_id = ${tenantId} and action = 'tenant.requireTwoFactor'`.execute(f.db);
    expect(rows).toEqual([{ actor: admin.id, details: { required: true } }]);
  });

  it('refuses an admin without two-factor every tenant call with a coded error, but not an analyst', async () => {
    const b = await session(coAdmin.email, false);
    for (const [path, input] of [['tenant.current', { tenantId }], ['members.list', { tenantId }], ['twoFactor.setRequired', { tenantId, required: false }]] as const) {
      const kind = path === 'twoFactor.setRequired' ? 'mutation' : 'query';
      expect(await b.trpc(path, input, kind)).toMatchObject({ status: 403, errorCode: 'access.twoFactorRequired' });
    }
    expect(await required(tenantId)).toBe(true);
    // What is not the tenant's stays open: they can see where they belong and go set two-factor up.
    expect((await b.trpc('tenant.mine', undefined)).status).toBe(200);
    const a = await session(analyst.email, false);
    expect((await a.trpc('tenant.current', { tenantId })).status).toBe(200);
    // Set up, the same admin gets in.
    const on = await b.auth('/two-factor/enable', { password: PASSWORD });
    b.where.address = fresh();
    await b.auth('/two-factor/verify-totp', { code: totpCode(on.body!.totpURI as string) });
    expect((await b.trpc('tenant.current', { tenantId })).status).toBe(200);
  });

  it('refuses an admin without two-factor the download routes outside tRPC too (report ZIPs, material files)', async () => {
    const late = await f.user('Senadmin');
    await f.join(tenantId, late, 'admin');
    const b = await session(late.email, false);
    const cookie = [...b.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const routes = downloadRoutes(f.services);
    const id = () => crypto.randomUUID();
    for (const path of [`/report-jobs/${tenantId}/${id()}/download`, `/initiatives/${tenantId}/${id()}/files/${id()}`]) {
      const response = await routes.request(path, { headers: { cookie } });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'access.twoFactorRequired' });
    }
  });

  it('refuses an operator without two-factor in that tenant, and everywhere when the installation requires it', async () => {
    const op = { id: f.operator.id, email: f.operator.email, name: f.operator.name, operator: true, locale: 'da' };
    await expect(createCaller({ ...f.services, user: op }).tenant.current({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await createCaller({ ...f.services, user: op }).tenant.current({ tenantId: otherTenantId }).catch((e: unknown) => e)).toMatchObject({ code: 'FORBIDDEN' });
    const strict = { ...f.services, requireOperatorTwoFactor: true };
    const error = await createCaller({ ...strict, user: op }).tenant.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'access.operatorTwoFactorRequired' } } });
    expect((await createCaller({ ...strict, user: { ...op, twoFactorEnabled: true } }).tenant.list()).length).toBeGreaterThan(0);
    expect((await createCaller({ ...f.services, user: op }).tenant.list()).length).toBeGreaterThan(0);
  });
});
