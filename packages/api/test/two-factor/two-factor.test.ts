import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetTwoFactor } from '@spejl/core';
import { sql } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from '../fixture.ts';
import { browser, totpCode } from './browser-session.ts';

const PASSWORD = 'test password 123';

/** Issue 16: TOTP two-factor with recovery codes, as a browser and an attacker meet it. */
describe.each(testEngines())('two-factor sign-in on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;
  let uri = '';
  let recovery: string[] = [];
  let addresses = 0;
  const fresh = () => `198.51.100.${++addresses % 250}`;

  const actions = async (prefix: string) => {
    const { rows } = await sql<{ action: string; actor: string | null }>`
      select action, actor_user_id as actor from audit_log where tenant_id = ${tenantId} and action like ${`${prefix}%`} order by at, action`.execute(f.db);
    return rows;
  };

  /** Signs in with the password; returns the browser, waiting for its second step where the account has one. */
  const signedIn = async (email: string) => {
    const b = browser(f, fresh());
    const answer = await b.signIn(email, PASSWORD);
    expect(answer.status).toBe(200);
    return { b, answer };
  };

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('tofaktor');
    tenantId = made.tenant.id;
    admin = made.admin;
  });
  afterAll(() => f?.close());

  it('turns two-factor on only once a code from the app confirms it, and logs it', async () => {
    const { b } = await signedIn(admin.email);
    expect((await b.auth('/two-factor/enable', { password: 'wrong password 123' })).status).toBe(400);
    const enabled = await b.auth('/two-factor/enable', { password: PASSWORD });
    expect(enabled.status).toBe(200);
    uri = enabled.body!.totpURI as string;
    recovery = enabled.body!.backupCodes as string[];
    expect(uri).toMatch(/^otpauth:\/\/totp\/Spejl:.*secret=/);
    expect(recovery).toHaveLength(10);
    // Not confirmed yet: a password alone still signs in.
    expect((await signedIn(admin.email)).answer.body).not.toHaveProperty('twoFactorRedirect');
    b.where.address = fresh();
    expect((await b.auth('/two-factor/verify-totp', { code: '000000' === totpCode(uri) ? '111111' : '000000' })).status).toBe(401);
    expect((await b.auth('/two-factor/verify-totp', { code: totpCode(uri) })).status).toBe(200);
    const { rows } = await sql<{ on: boolean }>`select "twoFactorEnabled" as on from "user" where id = ${admin.id}`.execute(f.db);
    expect(rows[0]!.on).toBe(true);
    expect(await actions('auth.twoFactorEnabled')).toEqual([{ action: 'auth.twoFactorEnabled', actor: admin.id }]);
  });

  it('asks for the code after the password, and the half-signed-in browser gets nothing from the API', async () => {
    const { b, answer } = await signedIn(admin.email);
    expect(answer.body).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
    expect([...b.jar.keys()].some((name) => name.includes('session_token'))).toBe(false);
    for (const [path, input] of [['tenant.current', { tenantId }], ['tenant.mine', undefined], ['twoFactor.required', { tenantId }]] as const) {
      expect((await b.trpc(path, input)).status).toBe(401);
    }
    expect((await b.trpc('me.get', undefined)).data).toBeNull();
    expect((await b.auth('/two-factor/verify-totp', { code: totpCode(uri) })).status).toBe(200);
    expect((await b.trpc('tenant.current', { tenantId })).status).toBe(200);
  });

  it('takes a recovery code once, and never again', async () => {
    const first = await signedIn(admin.email);
    expect((await first.b.auth('/two-factor/verify-backup-code', { code: recovery[0] })).status).toBe(200);
    expect((await first.b.trpc('tenant.current', { tenantId })).status).toBe(200);
    const replay = await signedIn(admin.email);
    const refused = await replay.b.auth('/two-factor/verify-backup-code', { code: recovery[0] });
    expect(refused.status).toBe(401);
    expect(replay.b.jar.size === 0 || ![...replay.b.jar.keys()].some((n) => n.includes('session_token'))).toBe(true);
    expect((await replay.b.trpc('tenant.current', { tenantId })).status).toBe(401);
    expect((await actions('auth.recoveryCode')).map((r) => r.action)).toEqual(['auth.recoveryCodeUsed', 'auth.recoveryCodeFailed']);
  });

  it('checks at most ten of a hundred wrong codes, from however many addresses, then locks even the right one', async () => {
    const before = (await actions('auth.twoFactorCodeFailed')).length;
    let b = (await signedIn(admin.email)).b;
    const outcomes: number[] = [];
    for (let i = 0; i < 100; i++) {
      if (!b.jar.has('better-auth.two_factor')) b = (await signedIn(admin.email)).b;
      b.where.address = fresh();
      const wrong = String((Number(totpCode(uri)) + 1 + i) % 1_000_000).padStart(6, '0');
      const answer = await b.auth('/two-factor/verify-totp', { code: wrong });
      outcomes.push(answer.status);
      if (answer.status === 429 && answer.body?.code === 'ACCOUNT_TEMPORARILY_LOCKED') break;
    }
    const checked = outcomes.filter((s) => s === 401).length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(outcomes.at(-1)).toBe(429);
    const locked = (await signedIn(admin.email)).b;
    expect((await locked.auth('/two-factor/verify-totp', { code: totpCode(uri) })).status).toBe(429);
    expect((await locked.auth('/two-factor/verify-backup-code', { code: recovery[1] })).status).toBe(429);
    const failed = (await actions('auth.twoFactorCodeFailed')).slice(before);
    expect(failed).toHaveLength(checked);
    expect(failed.every((r) => r.actor === null)).toBe(true);
    // The lock ends (as fifteen minutes would end it); the right code works again.
    await sql`update "twoFactor" set "lockedUntil" = now() - interval '1 second' where "userId" = ${admin.id}`.execute(f.db);
    const after = (await signedIn(admin.email)).b;
    expect((await after.auth('/two-factor/verify-totp', { code: totpCode(uri) })).status).toBe(200);
  });

  it('renews the recovery codes with the password; the old ones stop working', async () => {
    const { b } = await signedIn(admin.email);
    await b.auth('/two-factor/verify-totp', { code: totpCode(uri) });
    b.where.address = fresh();
    expect((await b.auth('/two-factor/generate-backup-codes', { password: 'wrong password 123' })).body).toMatchObject({ code: 'INVALID_PASSWORD' });
    const renewed = await b.auth('/two-factor/generate-backup-codes', { password: PASSWORD });
    expect(renewed.status).toBe(200);
    const codes = renewed.body!.backupCodes as string[];
    expect(codes).toHaveLength(10);
    const old = await signedIn(admin.email);
    expect((await old.b.auth('/two-factor/verify-backup-code', { code: recovery[2] })).status).toBe(401);
    old.b.where.address = fresh();
    expect((await old.b.auth('/two-factor/verify-backup-code', { code: codes[0] })).status).toBe(200);
    recovery = codes.slice(1);
    expect((await actions('auth.recoveryCodesRenewed')).length).toBe(1);
  });

  it('turns two-factor off only with the password', async () => {
    const other = await f.user('Slukker');
    await f.join(tenantId, other, 'analyst');
    const { b } = await signedIn(other.email);
    const on = await b.auth('/two-factor/enable', { password: PASSWORD });
    b.where.address = fresh();
    await b.auth('/two-factor/verify-totp', { code: totpCode(on.body!.totpURI as string) });
    b.where.address = fresh();
    expect((await b.auth('/two-factor/disable', { password: 'wrong password 123' })).status).toBe(400);
    expect((await b.auth('/two-factor/disable', { password: PASSWORD })).status).toBe(200);
    expect((await signedIn(other.email)).answer.body).not.toHaveProperty('twoFactorRedirect');
    expect((await actions('auth.twoFactorDisabled'))).toEqual([{ action: 'auth.twoFactorDisabled', actor: other.id }]);
  });

  it('lets the operator turn it off for a lost phone (spejl user reset-2fa): sessions end, the log says so', async () => {
    const { b } = await signedIn(admin.email);
    expect((await b.auth('/two-factor/verify-totp', { code: totpCode(uri) })).status).toBe(200);
    expect((await b.trpc('tenant.current', { tenantId })).status).toBe(200);
    await resetTwoFactor(f.db, admin.email.toUpperCase());
    expect((await b.trpc('tenant.current', { tenantId })).status).toBe(401);
    expect((await signedIn(admin.email)).answer.body).not.toHaveProperty('twoFactorRedirect');
    expect(await actions('auth.twoFactorReset')).toEqual([{ action: 'auth.twoFactorReset', actor: null }]);
    await expect(resetTwoFactor(f.db, 'ingen@example.org')).rejects.toMatchObject({ coded: { code: 'cli.userNotFound' } });
  });
});
