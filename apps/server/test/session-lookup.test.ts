import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTRPCClient, httpBatchLink, httpLink } from '@trpc/client';
import type { AppRouter } from '@spejl/api';
import type { UserSummary } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { twoServers } from './results-day-fixture.ts';

const DAY = 24 * 60 * 60 * 1000;

/*
 * A tenant request looks its session up in the statement that reads the caller's tenant access;
 * any other request first thing. Both must refuse exactly what better-auth refuses, refresh what
 * it refreshes, and serve batches of both kinds.
 */
describe.each(testEngines())('sessions of API requests on $name', (engine) => {
  let f: Awaited<ReturnType<typeof twoServers>>;
  let tenantId: string;
  let otherTenant: string;
  const users: Record<string, UserSummary> = {};

  const url = () => f.servers[0]!.url;
  const signIn = async (who: string): Promise<string> => {
    const response = await fetch(`${url()}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url() },
      body: JSON.stringify({ email: users[who]!.email, password: 'test password 123' }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const client = (cookie: string, batch = false) => {
    const options = { url: `${url()}/trpc`, headers: () => ({ cookie, origin: url() }) };
    return createTRPCClient<AppRouter>({ links: [batch ? httpBatchLink(options) : httpLink(options)] });
  };
  const tokenOf = (cookie: string) => decodeURIComponent(cookie.split('=')[1]!).split('.')[0]!;
  const setExpiry = (cookie: string, expiresAt: Date) => f.db.updateTable('session').set({ expiresAt }).where('token', '=', tokenOf(cookie)).execute();
  const unauthorized = { data: { code: 'UNAUTHORIZED' } };

  beforeAll(async () => {
    f = await twoServers(engine);
    const a = await f.tenant('egeskov', 'Egeskov Kommune');
    tenantId = a.tenantId;
    users.admin = a.admin;
    const b = await f.tenant('naboby', 'Naboby Kommune');
    otherTenant = b.tenantId;
  }, 60_000);
  afterAll(() => f?.close());

  it('serves tenant and other calls with one cookie, alone and batched together', async () => {
    const cookie = await signIn('admin');
    // A live session is read without better-auth's getSession (accounts/session-reader.ts).
    const getSession = vi.spyOn(f.servers[0]!.services.auth.api, 'getSession');
    expect((await client(cookie).tenant.current.query({ tenantId })).role).toBe('admin');
    expect(await client(cookie).me.get.query()).toMatchObject({ user: { email: users.admin!.email } });
    expect(getSession).not.toHaveBeenCalled();
    getSession.mockRestore();
    const batch = client(cookie, true);
    const [me, current, rounds] = await Promise.all([batch.me.get.query(), batch.tenant.current.query({ tenantId }), batch.reports.rounds.query({ tenantId })]);
    expect(me).toMatchObject({ user: { email: users.admin!.email } });
    expect(current.role).toBe('admin');
    expect(rounds).toEqual([]);
  });

  it('refuses a tenant that is not the caller’s, with a live session', async () => {
    const cookie = await signIn('admin');
    await expect(client(cookie).tenant.current.query({ tenantId: otherTenant })).rejects.toMatchObject({ data: { code: 'NOT_FOUND', errorCode: 'access.tenantNotYours' } });
  });

  it('refuses a signed-out, expired or forged session on tenant and other calls alike', async () => {
    const signedOut = await signIn('admin');
    await fetch(`${url()}/api/auth/sign-out`, { method: 'POST', headers: { cookie: signedOut, origin: url(), 'content-type': 'application/json' }, body: '{}' });
    const expired = await signIn('admin');
    await setExpiry(expired, new Date(Date.now() - 1000));
    const live = await signIn('admin');
    const forged = `${live.split('=')[0]}=${encodeURIComponent(`${tokenOf(live).slice(0, -1)}x.${decodeURIComponent(live.split('=')[1]!).split('.')[1]}`)}`;
    for (const cookie of [signedOut, expired, forged]) {
      await expect(client(cookie).tenant.current.query({ tenantId })).rejects.toMatchObject(unauthorized);
      expect(await client(cookie).me.get.query()).toBeNull();
    }
  });

  it('lets better-auth refresh a session due for it, through a tenant call', async () => {
    const cookie = await signIn('admin');
    const due = new Date(Date.now() + 6 * DAY - 60_000);
    await setExpiry(cookie, due);
    expect((await client(cookie).tenant.current.query({ tenantId })).role).toBe('admin');
    const row = await f.db.selectFrom('session').select('expiresAt').where('token', '=', tokenOf(cookie)).executeTakeFirstOrThrow();
    expect(row.expiresAt.getTime()).toBeGreaterThan(due.getTime() + DAY / 2);
  });
});
