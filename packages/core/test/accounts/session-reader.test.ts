import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { CLIENT_IP_HEADER, createAuth, createMailer, createUser, SessionReader, type SpejlAuth } from '../../src/index.ts';

const PUBLIC_URL = 'http://127.0.0.1:4000';
const PASSWORD = 'correct horse battery';
const DAY = 24 * 60 * 60 * 1000;

/*
 * The session reader answers the API's "who is this?" without better-auth's getSession where it
 * can. It must never accept what better-auth would refuse: every case is checked against
 * better-auth's own answer, and the ones it leaves to better-auth are seen to reach it.
 */
describe.each(testEngines())('session reader on $name', (engine) => {
  let handle: SpejlDatabase;
  let auth: SpejlAuth;
  let read: (headers: Headers) => Promise<unknown>;
  let signIns = 0;

  const signIn = async (email: string, password = PASSWORD): Promise<string> => {
    const response = await auth.handler(new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: `192.0.2.${++signIns}` },
      body: JSON.stringify({ email, password }),
    }));
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const tokenOf = (cookie: string) => decodeURIComponent(cookie.split('=')[1]!).split('.')[0]!;
  const session = (cookie: string) => handle.db.selectFrom('session').selectAll().where('token', '=', tokenOf(cookie)).executeTakeFirst();
  /** The reader's answer beside better-auth's (user id or null), and whether the reader asked better-auth. */
  const both = async (cookie: string) => {
    const headers = new Headers({ cookie });
    const spy = vi.spyOn(auth.api, 'getSession');
    const ours = (await read(headers)) as { id: string } | null;
    const delegated = spy.mock.calls.length > 0;
    spy.mockRestore();
    const theirs = await auth.api.getSession({ headers: new Headers({ cookie }) });
    return { ours: ours?.id ?? null, theirs: theirs?.user.id ?? null, delegated };
  };

  beforeAll(async () => {
    handle = await engine.open();
    auth = createAuth({ db: handle.db, mailer: createMailer({ from: 'spejl@example.org' }), secret: 's'.repeat(40), publicUrl: PUBLIC_URL });
    await createUser(handle.db, { email: 'ditte@example.org', name: 'Ditte', password: PASSWORD, operator: true, locale: 'en' });
  });
  beforeEach(() => {
    const reader = new SessionReader(auth, handle.db);
    read = (headers) => reader.read(headers);
  });
  afterAll(() => handle?.close());

  it('reads a live session itself, with the user better-auth gives', async () => {
    const cookie = await signIn('ditte@example.org');
    const spy = vi.spyOn(auth.api, 'getSession');
    const user = await read(new Headers({ cookie: `theme=dark; ${cookie}; lang=da` }));
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    const theirs = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(user).toEqual({ id: theirs!.user.id, email: 'ditte@example.org', name: 'Ditte', operator: true, locale: 'en', twoFactorEnabled: false });
  });

  it('leaves a forged, tampered or doubled cookie to better-auth, which refuses the forgeries', async () => {
    const cookie = await signIn('ditte@example.org');
    const [name, value] = [cookie.split('=')[0]!, decodeURIComponent(cookie.split('=')[1]!)];
    const token = value.split('.')[0]!;
    const forged = `${name}=${encodeURIComponent(`${token}.${'A'.repeat(43)}=`)}`;
    const otherToken = `${name}=${encodeURIComponent(`${'x'.repeat(token.length)}.${value.split('.')[1]}`)}`;
    for (const attempt of [forged, otherToken, `${name}=${token}`, '']) {
      expect(await both(attempt)).toEqual({ ours: null, theirs: null, delegated: true });
    }
    expect((await both(`${forged}; ${cookie}`)).delegated).toBe(true);
  });

  it('refuses a session that was signed out or ended by a password change, as better-auth does', async () => {
    const signedOut = await signIn('ditte@example.org');
    await auth.api.signOut({ headers: new Headers({ cookie: signedOut }) });
    expect(await both(signedOut)).toEqual({ ours: null, theirs: null, delegated: true });
    const other = await signIn('ditte@example.org');
    const current = await signIn('ditte@example.org');
    await auth.api.changePassword({ headers: new Headers({ cookie: current }), body: { currentPassword: PASSWORD, newPassword: PASSWORD } });
    expect(await both(other)).toEqual({ ours: null, theirs: null, delegated: true });
  });

  it('leaves an expired session to better-auth, which refuses it', async () => {
    const cookie = await signIn('ditte@example.org');
    await handle.db.updateTable('session').set({ expiresAt: new Date(Date.now() - 1000) }).where('token', '=', tokenOf(cookie)).execute();
    expect(await both(cookie)).toMatchObject({ ours: null, delegated: true });
  });

  it('leaves a session due for its sliding refresh to better-auth, which moves its expiry', async () => {
    const cookie = await signIn('ditte@example.org');
    // Signed in eight days ago with a seven-day session refreshed daily: six days left, last refreshed over a day ago.
    const due = new Date(Date.now() + 6 * DAY - 60_000);
    await handle.db.updateTable('session').set({ expiresAt: due }).where('token', '=', tokenOf(cookie)).execute();
    const spy = vi.spyOn(auth.api, 'getSession');
    expect(await read(new Headers({ cookie }))).toMatchObject({ email: 'ditte@example.org' });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect((await session(cookie))!.expiresAt.getTime()).toBeGreaterThan(due.getTime() + DAY / 2);
  });
});
