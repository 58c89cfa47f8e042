import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@spejl/api';
import { addressKey, randomPassword, seedDemo, type DemoSeedResult } from '@spejl/core';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { startServer, type RunningServer } from '../src/start.ts';

function webAppsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-web-'));
  mkdirSync(join(dir, 'admin/assets'), { recursive: true });
  mkdirSync(join(dir, 'survey'), { recursive: true });
  writeFileSync(join(dir, 'admin/index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dir, 'admin/assets/app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'survey/index.html'), '<!doctype html><title>survey</title>');
  return dir;
}

describe.each(testEngines())('HTTP server on $name', (engine) => {
  let handle: SpejlDatabase;
  let server: RunningServer;
  let demo: DemoSeedResult;
  let web: string;

  const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, ...headers },
      body: JSON.stringify({ email, password }),
    });
  const sessionCookie = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const client = (cookie?: string) =>
    createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc`, headers: () => (cookie ? { cookie, origin: server.url } : { origin: server.url }) })] });

  beforeAll(async () => {
    handle = await engine.open();
    demo = await seedDemo(handle.db, { operator: randomPassword(), admin: randomPassword() });
    web = webAppsDir();
    server = await startServer({ db: handle.db, authSecret: 'server-test-secret-'.repeat(3), port: 0, webApps: { admin: join(web, 'admin'), survey: join(web, 'survey') } });
  });
  afterAll(async () => {
    await server?.stop();
    await handle?.close();
    if (web) rmSync(web, { recursive: true, force: true });
  });

  it('listens on loopback and answers /healthz', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('signs in with an httpOnly cookie, serves the session to tRPC, and signs out', async () => {
    const response = await signIn(demo.admin.email, demo.admin.password);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const cookie = sessionCookie(response);
    // The token lives only in the httpOnly cookie: page scripts never see it in a body.
    const signedIn = (await response.json()) as Record<string, unknown>;
    expect(signedIn).toMatchObject({ user: { email: demo.admin.email } });
    expect(signedIn).not.toHaveProperty('token');
    const session = (await (await fetch(`${server.url}/api/auth/get-session`, { headers: { cookie } })).json()) as { session: Record<string, unknown> };
    expect(session.session).toMatchObject({ userId: expect.any(String) });
    expect(session.session).not.toHaveProperty('token');
    const me = await client(cookie).me.get.query();
    expect(me).toMatchObject({ user: { email: demo.admin.email }, operator: false, memberships: [{ slug: 'egeskov', role: 'admin' }] });
    const current = await client(cookie).tenant.current.query({ tenantId: demo.tenant.id });
    expect(current).toMatchObject({ name: 'Egeskov Kommune', role: 'admin' });

    const out = await fetch(`${server.url}/api/auth/sign-out`, { method: 'POST', headers: { cookie, origin: server.url, 'content-type': 'application/json' }, body: '{}' });
    expect(out.status).toBe(200);
    expect(await client(cookie).me.get.query()).toBeNull();
  });

  it('answers bad input with 400 and the issues in error.data', async () => {
    const cookie = sessionCookie(await signIn(demo.operator.email, demo.operator.password));
    const outcome: unknown = await client(cookie)
      .tenant.create.mutate({ name: 'Bad', slug: 'Bad Slug', threshold: 1 })
      .catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(TRPCClientError);
    const error = outcome as TRPCClientError<AppRouter>;
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.issues.map((i) => i.path).sort()).toEqual(['slug', 'threshold']);
  });

  it('refuses cross-site form posts to /trpc and cross-origin auth posts with a cookie (CSRF)', async () => {
    const cookie = sessionCookie(await signIn(demo.operator.email, demo.operator.password));
    const forged = await fetch(`${server.url}/trpc/me.setLocale`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: JSON.stringify({ locale: 'en' }),
    });
    expect(forged.status).toBe(403);
    const forgedJson = await fetch(`${server.url}/trpc/me.setLocale`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
    });
    expect(forgedJson.status).toBe(403);
    const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(signOut.status).toBe(403);
    // Neither forgery changed anything or ended the session.
    expect((await client(cookie).me.get.query())?.user.locale).toBe('da');
  });

  it('counts failed sign-ins by the socket address, whatever address header the client invents', async () => {
    for (let i = 0; i < 6; i++) {
      const response = await signIn(`nobody-${i}@example.org`, 'wrong password', { 'x-spejl-client-ip': `10.9.9.${i}`, 'x-forwarded-for': `10.8.8.${i}` });
      expect(response.status).toBe(401);
    }
    const counted = await handle.db.selectFrom('sign_in_throttle').select(['key', 'attempts']).where('key', 'in', [addressKey('127.0.0.1'), addressKey('10.9.9.0'), addressKey('10.8.8.0')]).execute();
    expect(counted).toEqual([{ key: addressKey('127.0.0.1'), attempts: 6 }]);
  });

  it('serves the console with SPA fallback, the survey app under /s/, and 404s for unknown API paths', async () => {
    const index = await fetch(`${server.url}/`);
    expect(await index.text()).toContain('<title>console</title>');
    expect(await (await fetch(`${server.url}/tenants/x/members`)).text()).toContain('<title>console</title>');
    expect(await (await fetch(`${server.url}/reset-password?token=abc`)).text()).toContain('<title>console</title>');
    expect(await (await fetch(`${server.url}/assets/app.js`)).text()).toContain('console.log("app")');
    expect(await (await fetch(`${server.url}/s/abc123`)).text()).toContain('<title>survey</title>');
    expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
    expect((await fetch(`${server.url}/trpc/nothing.here`)).status).toBe(404);
  });
  it('reads survey bodies off the socket: JSON checked, oversized refused with 413, the connection still usable', async () => {
    const answer = async (r: Response) => (await r.json()) as { message: string; issues: { path: string }[] };
    const put = (body: string, token = 'A'.repeat(65)) =>
      fetch(`${server.url}/s/api/forms/0`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    const unknown = await put(JSON.stringify({ answers: [1, 'dk', null], submit: true }));
    expect(unknown.status).toBe(404); // the body was read and valid; only the link is wrong
    expect((await answer(unknown)).message).toMatch(/link is not valid/);
    const broken = await put('{"answers": [1, 2');
    expect(broken.status).toBe(400);
    expect((await answer(broken)).issues[0]!.path).toBe('answers');
    const huge = await put(JSON.stringify({ answers: Array.from({ length: 300_000 }, () => 3), submit: true })); // ~600 KB, past the 512 KB a form with comments may take
    expect(huge.status).toBe(413);
    expect((await answer(huge)).message).toMatch(/too large/);
    expect((await put(JSON.stringify({ answers: [2], submit: false }))).status).toBe(404);
  });

  it('refuses an API or sign-in body past its cap with 413 before reading it whole, and keeps serving', async () => {
    const post = (path: string, bytes: number) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: `{"pad":"${'x'.repeat(bytes)}"}` });
    const batch = await post('/trpc/people.preview?batch=1', 60 * 1024 * 1024);
    expect(batch.status).toBe(413);
    expect(await batch.json()).toMatchObject({ code: 'REQUEST_TOO_LARGE' });
    expect((await post('/api/auth/sign-in/email', 100 * 1024)).status).toBe(413);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('refuses a tRPC batch of more calls than the console ever sends, before running any of them', async () => {
    const calls = Array.from({ length: 17 }, () => 'me.get').join(',');
    const batch = await fetch(`${server.url}/trpc/${calls}?batch=1&input=${encodeURIComponent('{}')}`, { headers: { origin: server.url } });
    expect(batch.status).toBe(400);
    const allowed = await fetch(`${server.url}/trpc/${Array.from({ length: 16 }, () => 'me.get').join(',')}?batch=1&input=${encodeURIComponent('{}')}`, { headers: { origin: server.url } });
    expect(allowed.status).toBe(200);
  });

  it('hands page script no session token, not even in the list of sessions', async () => {
    const cookie = sessionCookie(await signIn(demo.admin.email, demo.admin.password));
    const sessions = await fetch(`${server.url}/api/auth/list-sessions`, { headers: { cookie, origin: server.url } });
    expect(sessions.status).toBe(200);
    const listed = (await sessions.json()) as Record<string, unknown>[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((s) => 'token' in s)).toEqual([]);
    const current = (await (await fetch(`${server.url}/api/auth/get-session`, { headers: { cookie } })).json()) as { session: Record<string, unknown> };
    expect('token' in current.session).toBe(false);
  });
});
