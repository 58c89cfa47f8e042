import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { CLIENT_IP_HEADER, createAuth, createMailer, createUser, SIGN_IN_LIMITS, type SpejlAuth } from '../../src/index.ts';

const PUBLIC_URL = 'http://127.0.0.1:4000';
const PASSWORD = 'the right password';

describe.each(testEngines())('sign-in throttle on $name', (engine) => {
  let handle: SpejlDatabase;
  let clock = new Date('2026-03-02T08:00:00Z');
  let auth: SpejlAuth;
  let users = 0;

  const signIn = (a: SpejlAuth, email: string, password: string, ip: string) =>
    a.handler(
      new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: ip },
        body: JSON.stringify({ email, password }),
      }),
    );
  const person = async () => (await createUser(handle.db, { email: `person-${++users}@egeskov.example`, name: `Person ${users}`, password: PASSWORD })).email;
  const later = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  };

  beforeAll(async () => {
    handle = await engine.open();
    auth = createAuth({ db: handle.db, mailer: createMailer({ from: 'spejl@example.org' }), secret: 's'.repeat(40), publicUrl: PUBLIC_URL, now: () => clock });
  });
  afterAll(() => handle?.close());

  it('refuses an account after five wrong passwords, from any address, with Retry-After, until the window ends', async () => {
    const email = await person();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await signIn(auth, email, `guess ${i}`, `198.51.100.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const refused = await signIn(auth, email, PASSWORD, '203.0.113.77');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfter: expect.any(Number) });
    // Another account is untouched, from the same addresses.
    expect((await signIn(auth, await person(), PASSWORD, '198.51.100.1')).status).toBe(200);
    later(15);
    expect((await signIn(auth, email, PASSWORD, '203.0.113.77')).status).toBe(200);
  });

  it('forgets an account’s failures when its owner signs in', async () => {
    const email = await person();
    for (let i = 0; i < 4; i++) expect((await signIn(auth, email, 'typo', '192.0.2.10')).status).toBe(401);
    expect((await signIn(auth, email, PASSWORD, '192.0.2.10')).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn(auth, email, 'typo', '192.0.2.10')).status).toBe(401);
    expect((await signIn(auth, email, 'typo', '192.0.2.10')).status).toBe(429);
  });

  it('lets at most five of twenty parallel guesses at one account be checked', async () => {
    const email = await person();
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(auth, email, `parallel ${i}`, `10.20.${i}.1`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('counts failures per address (an IPv6 /64 as one), not sign-ins, and keeps at most one window of rows', async () => {
    const strict = createAuth({
      db: handle.db, mailer: createMailer({ from: 'spejl@example.org' }), secret: 's'.repeat(40), publicUrl: PUBLIC_URL, now: () => clock,
      signInLimits: { ...SIGN_IN_LIMITS, perAddress: 6 },
    });
    // Successful sign-ins never use up an address.
    for (let i = 0; i < 12; i++) expect((await signIn(strict, await person(), PASSWORD, '2001:db8:5:7::1')).status).toBe(200);
    const spray: number[] = [];
    for (let i = 0; i < 8; i++) spray.push((await signIn(strict, `nobody-${i}@egeskov.example`, 'guess', `2001:db8:5:7::${i + 2}`)).status);
    expect(spray).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    expect((await signIn(strict, 'nobody-9@egeskov.example', 'guess', '2001:db8:5:8::1')).status).toBe(401);

    const rows = await handle.db.selectFrom('sign_in_throttle').select('key').execute();
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key))).toBe(true);
    later(16);
    await signIn(strict, 'nobody-0@egeskov.example', 'guess', '192.0.2.99');
    expect(await handle.db.selectFrom('sign_in_throttle').select('key').execute()).toHaveLength(2);
  });
});
