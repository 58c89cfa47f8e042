import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@spejl/api';
import { createUser } from '@spejl/core';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { startServer, type RunningServer } from '../src/start.ts';

const PASSWORD = 'a town hall password';

/*
 * Issue 11, attacks 9 and 10 over real HTTP behind a trusted proxy: 100 guesses from 100
 * addresses were all answered, while eight sign-ins in six minutes locked a whole office's NAT
 * address out; and a password change left the account's other sessions alive.
 */
describe.each(testEngines())('sign-in and sessions over HTTP behind a proxy, on $name', (engine) => {
  let handle: SpejlDatabase;
  let server: RunningServer;
  let users = 0;

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url, ...headers }, body: JSON.stringify(body) });
  const signIn = (email: string, password: string, from: string) => post('/sign-in/email', { email, password }, { 'x-forwarded-for': `198.18.0.1, ${from}` });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const person = async () => (await createUser(handle.db, { email: `ansat-${++users}@egeskov.example`, name: `Ansat ${users}`, password: PASSWORD })).email;
  const trpc = (cookie: string) => createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc`, headers: () => ({ cookie, origin: server.url }) })] });

  beforeAll(async () => {
    handle = await engine.open();
    server = await startServer({ db: handle.db, authSecret: 'account-safety-secret-'.repeat(2), port: 0, trustProxy: true, webApps: {} });
  });
  afterAll(async () => {
    await server?.stop();
    await handle?.close();
  });

  it('stops 100 guesses at one account from 100 addresses after the first five', async () => {
    const target = await person();
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) statuses.push((await signIn(target, `guess number ${i}`, `203.0.113.${i + 1}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const refused = await signIn(target, PASSWORD, '192.0.2.200');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets a town hall behind one address sign in 30 people within minutes, typos included', async () => {
    const staff = await Promise.all(Array.from({ length: 30 }, () => person()));
    const statuses: number[] = [];
    for (const [i, email] of staff.entries()) {
      if (i % 4 === 0) expect((await signIn(email, 'a mistyped password', '198.51.100.10')).status).toBe(401);
      statuses.push((await signIn(email, PASSWORD, '198.51.100.10')).status);
    }
    expect(statuses).toEqual(Array.from({ length: 30 }, () => 200));
  });

  it('ends every other session when a password is changed, even if the client asks to keep them', async () => {
    const email = await person();
    const laptop = cookieOf(await signIn(email, PASSWORD, '192.0.2.31'));
    const stolen = cookieOf(await signIn(email, PASSWORD, '192.0.2.32'));
    expect(await trpc(stolen).tenant.mine.query()).toEqual([]);

    const changed = await post('/change-password', { currentPassword: PASSWORD, newPassword: 'a brand new password', revokeOtherSessions: false }, { cookie: laptop });
    expect(changed.status).toBe(200);
    const error = await trpc(stolen).tenant.mine.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.httpStatus).toBe(401);
    expect((await fetch(`${server.url}/api/auth/list-sessions`, { headers: { cookie: stolen } })).status).toBe(401);
    // The one who changed it carries on in a fresh session.
    expect(await trpc(cookieOf(changed)).tenant.mine.query()).toEqual([]);
    expect(await handle.db.selectFrom('session').innerJoin('user', 'user.id', 'session.userId').select('session.id').where('user.email', '=', email).execute()).toHaveLength(1);
  });
});
