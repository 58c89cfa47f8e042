import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { z } from 'zod';
import { codedError, SpejlError } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { createCallerFactory, publicProcedure, requireRole, router, tenantProcedure } from '../src/trpc.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

/** A router that exists only here, to exercise the procedure builders themselves. */
const probe = router({
  writeThenFail: tenantProcedure.input(z.object({ tenantId: z.uuid(), fail: z.boolean() })).mutation(async ({ ctx, input }) => {
    await ctx.audit('probe.write', 'x');
    if (input.fail) throw new SpejlError('CONFLICT', 'probe conflict', [{ path: 'fail', message: 'was true' }]);
    return ctx.role;
  }),
  adminOnly: tenantProcedure.use(requireRole('admin')).input(z.object({ tenantId: z.uuid() })).query(({ ctx }) => ctx.role),
  badInput: publicProcedure.input(z.object({ age: z.number().int().min(0) })).query(() => 'ok'),
  codedRefusal: publicProcedure.query(() => {
    throw codedError('CONFLICT', 'member.alreadyMember', { email: 'bo@egeskov.dk', role: 'analyst' });
  }),
});
const callProbe = createCallerFactory(probe);

describe.each(testEngines())('procedures on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;
  let analyst: Awaited<ReturnType<ApiFixture['user']>>;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('probe');
    tenantId = made.tenant.id;
    admin = made.admin;
    analyst = await f.user('Analyst');
    await f.join(tenantId, analyst, 'analyst');
  });
  afterAll(() => f?.close());

  const probeAs = (user: { id: string; email: string; name: string; operator: boolean; locale: string } | null) =>
    callProbe({ ...f.services, user });
  const auditActions = () => f.as(admin).tenant.audit({ tenantId }).then((rows) => rows.map((r) => r.action));

  it('commits the work of a successful tenant procedure and records who did it', async () => {
    expect(await probeAs(analyst).writeThenFail({ tenantId, fail: false })).toBe('analyst');
    const [latest] = await f.as(admin).tenant.audit({ tenantId, limit: 1 });
    expect(latest).toMatchObject({ action: 'probe.write', actorUserId: analyst.id, actorName: 'Analyst', target: 'x' });
  });

  it('rolls back everything a failed tenant procedure wrote and maps SpejlError to its code with issues', async () => {
    const before = await auditActions();
    const error = await probeAs(analyst).writeThenFail({ tenantId, fail: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('CONFLICT');
    expect((error as TRPCError).cause).toBeInstanceOf(SpejlError);
    expect(await auditActions()).toEqual(before);
  });

  it('asks signed-out callers to sign in and hides other tenants', async () => {
    await expect(probeAs(null).writeThenFail({ tenantId, fail: false })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const stranger = await f.user('Stranger');
    await expect(probeAs(stranger).writeThenFail({ tenantId, fail: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(probeAs(admin).writeThenFail({ tenantId: '00000000-0000-4000-8000-000000000000', fail: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets requireRole pass the named roles and operators only', async () => {
    expect(await probeAs(admin).adminOnly({ tenantId })).toBe('admin');
    expect(await probeAs(f.operator).adminOnly({ tenantId })).toBe('operator');
    await expect(probeAs(analyst).adminOnly({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'access.roleRefused', params: { role: 'analyst' } } } });
  });

  it('answers HTTP 400 with the path and message of each zod issue, and SpejlError issues in error.data', async () => {
    const call = async (path: string, input: unknown, method = 'GET') => {
      const url = method === 'GET' ? `http://x/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` : `http://x/trpc/${path}`;
      const response = await fetchRequestHandler({
        endpoint: '/trpc',
        router: probe,
        req: new Request(url, method === 'GET' ? {} : { method, body: JSON.stringify(input), headers: { 'content-type': 'application/json' } }),
        createContext: () => ({ ...f.services, user: analyst }),
      });
      return { status: response.status, body: (await response.json()) as { error: { message: string; data: { code: string; issues: unknown[]; errorCode: string | null; errorParams: unknown } } } };
    };
    const bad = await call('badInput', { age: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.issues).toEqual([{ path: 'age', code: 'input.tooSmall', params: { field: 'age', limit: 0 }, message: expect.stringMatching(/>=\s*0|at least|too small/i) }]);
    expect(bad.body.error.message).toMatch(/^invalid input: at age: /);
    const conflict = await call('writeThenFail', { tenantId, fail: true }, 'POST');
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.data.issues).toEqual([{ path: 'fail', message: 'was true' }]);
    expect(conflict.body.error.data).toMatchObject({ errorCode: null, errorParams: null });
    const coded = await call('codedRefusal', undefined);
    expect(coded.status).toBe(409);
    expect(coded.body.error.data).toMatchObject({ code: 'CONFLICT', errorCode: 'member.alreadyMember', errorParams: { email: 'bo@egeskov.dk', role: 'analyst' } });
    expect(coded.body.error.message).toBe('bo@egeskov.dk is already a member (analyst)');
  });
});
