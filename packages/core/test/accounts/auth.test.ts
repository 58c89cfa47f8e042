import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMigrations } from 'better-auth/db/migration';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { CLIENT_IP_HEADER, createAuth, createMailer, createUser, listSystemOutbox, type SpejlAuth } from '../../src/index.ts';

const PUBLIC_URL = 'http://127.0.0.1:4000';

function post(path: string, body: unknown, ip = '192.0.2.1', cookie?: string): Request {
  return new Request(`${PUBLIC_URL}/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: ip, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

describe.each(testEngines())('accounts on $name', (engine) => {
  let handle: SpejlDatabase;
  let auth: SpejlAuth;

  beforeAll(async () => {
    handle = await engine.open();
    // A demo mailer: the test reads the reset link where a demo shows it, in the outbox.
    auth = createAuth({ db: handle.db, mailer: createMailer({ from: 'spejl@example.org', demo: true }), secret: 's'.repeat(40), publicUrl: PUBLIC_URL });
    await createUser(handle.db, { email: 'Ditte@Example.org', name: 'Ditte', password: 'correct horse battery', operator: true });
  });
  afterAll(() => handle?.close());

  it("matches better-auth's schema exactly: its migrator finds nothing to create or add", async () => {
    const plan = await getMigrations(auth.options);
    expect(plan.toBeCreated.map((t) => t.table)).toEqual([]);
    expect(plan.toBeAdded.map((t) => `${t.table}: ${Object.keys(t.fields).join(', ')}`)).toEqual([]);
  });

  it('signs in a user created by Spejl, case-insensitively, and sets an httpOnly session cookie', async () => {
    const response = await auth.handler(post('/sign-in/email', { email: 'ditte@EXAMPLE.org', password: 'correct horse battery' }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0] ?? '' }) });
    expect(session?.user).toMatchObject({ email: 'ditte@example.org', operator: true, locale: 'da' });
  });

  it('does not let a user make themselves an operator through update-user', async () => {
    await createUser(handle.db, { email: 'mallory@example.org', name: 'Mallory', password: 'mallory password' });
    const signedIn = await auth.handler(post('/sign-in/email', { email: 'mallory@example.org', password: 'mallory password' }, '192.0.2.20'));
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const attempt = await auth.handler(post('/update-user', { operator: true, locale: 'en', name: 'Mallory' }, '192.0.2.20', cookie));
    expect(attempt.status).toBeGreaterThanOrEqual(400);
    const row = await handle.db.selectFrom('user').select(['operator', 'locale']).where('email', '=', 'mallory@example.org').executeTakeFirstOrThrow();
    expect(row).toEqual({ operator: false, locale: 'da' });
  });

  it('refuses a wrong password and self sign-up', async () => {
    expect((await auth.handler(post('/sign-in/email', { email: 'ditte@example.org', password: 'wrong password!' }, '192.0.2.2'))).status).toBe(401);
    const signUp = await auth.handler(post('/sign-up/email', { email: 'eve@example.org', password: 'a long password', name: 'Eve' }, '192.0.2.2'));
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(await handle.db.selectFrom('user').select('id').where('email', '=', 'eve@example.org').execute()).toEqual([]);
  });

  it('never throttles reading the session: every page load does it, and a throttled read once sent people who had just signed in back to the login page', async () => {
    const signedIn = await auth.handler(post('/sign-in/email', { email: 'ditte@example.org', password: 'correct horse battery' }, '192.0.2.77'));
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const statuses = new Set<number>();
    for (let i = 0; i < 130; i++) {
      const read = await auth.handler(new Request(`${PUBLIC_URL}/api/auth/get-session`, { headers: { cookie, [CLIENT_IP_HEADER]: '192.0.2.77' } }));
      statuses.add(read.status);
    }
    expect([...statuses]).toEqual([200]);
  });

  it('refuses a sign-in posted from a foreign origin (CSRF)', async () => {
    const forged = post('/sign-in/email', { email: 'ditte@example.org', password: 'correct horse battery' }, '192.0.2.3');
    const request = new Request(forged, { headers: { ...Object.fromEntries(forged.headers), origin: 'https://evil.example' } });
    expect((await auth.handler(request)).status).toBe(403);
  });

  it('resets a password through the mailed console link', async () => {
    const asked = await auth.handler(post('/request-password-reset', { email: 'ditte@example.org' }, '192.0.2.9'));
    expect(asked.status).toBe(200);
    const [mail] = await listSystemOutbox(handle.db, 1, { linksShown: true });
    expect(mail).toMatchObject({ to: 'ditte@example.org', status: 'stored' });
    const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    expect(mail?.text).toContain(`${PUBLIC_URL}/reset-password?token=`);
    const reset = await auth.handler(post('/reset-password', { token, newPassword: 'a brand new secret' }, '192.0.2.9'));
    expect(reset.status).toBe(200);
    expect((await auth.handler(post('/sign-in/email', { email: 'ditte@example.org', password: 'a brand new secret' }, '192.0.2.10'))).status).toBe(200);
    expect((await auth.handler(post('/reset-password', { token, newPassword: 'yet another secret' }, '192.0.2.9'))).status).toBe(400);
  });

  it("frees an account that guessing locked once its owner resets the password from their mailbox", async () => {
    await createUser(handle.db, { email: 'bo@example.org', name: 'Bo', password: 'the old password' });
    const guesses = [];
    for (let i = 0; i < 6; i++) guesses.push((await auth.handler(post('/sign-in/email', { email: 'bo@example.org', password: `guess ${i}` }, `203.0.113.${i + 1}`))).status);
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429]);

    expect((await auth.handler(post('/request-password-reset', { email: 'bo@example.org' }, '192.0.2.40'))).status).toBe(200);
    const [mail] = await listSystemOutbox(handle.db, 1, { linksShown: true });
    const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    expect((await auth.handler(post('/reset-password', { token, newPassword: 'a password only Bo knows' }, '192.0.2.40'))).status).toBe(200);
    expect((await auth.handler(post('/sign-in/email', { email: 'bo@example.org', password: 'a password only Bo knows' }, '192.0.2.40'))).status).toBe(200);
  });
});
