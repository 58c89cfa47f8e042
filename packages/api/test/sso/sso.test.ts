import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, renderError, saveSsoConfig, type UserSummary } from '@spejl/core';
import { sql, withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { issuesOf } from '../../src/errors.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from '../fixture.ts';
import { startTestIdp, type TestIdp } from './test-idp.ts';
import { replayCallback, walkSsoSignIn } from './walk-sign-in.ts';

const SSO_PAGE = `${PUBLIC_URL}/login/sso`;
const PASSWORD = 'test password 123';

/*
 * Issue 16: a tenant's own OpenID Connect provider signs in its members, against a real provider on
 * loopback. The attacks are those of the tenant's admin, who controls that provider and so whatever
 * it asserts: an account of another tenant, an operator, a domain not theirs, a second use of a code.
 */
describe.each(testEngines())('single sign-on on $name', (engine) => {
  let f: ApiFixture;
  let idp: TestIdp;
  let tenantA: string;
  let tenantB: string;
  let adminA: UserSummary;
  let adminB: UserSummary;
  let memberA: UserSummary;
  let onlyB: UserSummary;

  const signedInAs = async (cookie: string) => (await f.auth.api.getSession({ headers: new Headers({ cookie }) }))?.user.email ?? null;
  const log = async (tenantId: string, action: string) => (await withTenant(f.db, tenantId, (tx) =>
    tx.selectFrom('audit_log').select(['target', 'details', 'actor_user_id']).where('action', '=', action).orderBy('at').execute()));
  const config = (patch: Record<string, unknown> = {}) => ({
    tenantId: tenantA, issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, allowedDomains: ['a-kommune.dk', 'shared.example'], ...patch,
  });
  const passwordSignIn = (email: string, password = PASSWORD) => f.auth.handler(new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: JSON.stringify({ email, password }),
  }));

  beforeAll(async () => {
    idp = await startTestIdp([`${PUBLIC_URL}/api/auth/sso/callback`]);
    f = await apiFixture(engine);
    ({ tenant: { id: tenantA }, admin: adminA } = await f.tenantWithAdmin('sso-a'));
    ({ tenant: { id: tenantB }, admin: adminB } = await f.tenantWithAdmin('sso-b'));
    memberA = await createUser(f.db, { email: 'mette@a-kommune.dk', name: 'Mette', password: PASSWORD });
    await f.join(tenantA, memberA, 'analyst');
    onlyB = await createUser(f.db, { email: 'bo@shared.example', name: 'Bo', password: PASSWORD });
    await f.join(tenantB, onlyB, 'admin');
  });
  afterAll(async () => {
    await f?.close();
    await idp?.close();
  });

  it('saves the settings and never hands the client secret back, not even to the database in the clear', async () => {
    const saved = await f.as(adminA).sso.save(config());
    expect(saved).toMatchObject({ issuer: idp.issuer, hasSecret: true, allowedDomains: ['a-kommune.dk', 'shared.example'] });
    const read = await f.as(adminA).sso.get({ tenantId: tenantA });
    expect(JSON.stringify(read)).not.toContain(idp.clientSecret);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from sso_configs where client_secret_sealed like ${`%${idp.clientSecret}%`}`.execute(f.db);
    expect(rows[0]!.n).toBe(0);
    // A save without the secret keeps the stored one.
    await f.as(adminA).sso.save(config({ clientSecret: undefined }));
    const [entry] = (await log(tenantA, 'sso.configure')).slice(-1);
    expect(JSON.stringify(entry)).not.toContain(idp.clientSecret);
  });

  it('refuses a plain-http issuer unless Spejl itself runs on this machine', async () => {
    const bad = (issuer: string) => f.as(adminA).sso.save(config({ issuer }));
    const plain = (await bad('http://idp.a-kommune.dk').catch((e: unknown) => e)) as { code: string; cause: unknown };
    expect(plain.code).toBe('BAD_REQUEST');
    expect(issuesOf(plain.cause)).toMatchObject([{ path: 'issuer', code: 'sso.issuerNotHttps' }]);
    await expect(bad('https://idp.a-kommune.dk?x=1')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const { tenantId: _tenantId, ...input } = config();
    await expect(withTenant(f.db, tenantA, (tx) => saveSsoConfig(tx, tenantA, input, adminA.id, 'x'.repeat(32), 'https://spejl.a-kommune.dk')))
      .rejects.toMatchObject({ coded: { code: 'sso.issuerNotHttps' } });
  });

  it('says which allowed domain is wrong, by its line, so the console marks the field', async () => {
    const refused = (await f.as(adminA).sso.save(config({ allowedDomains: ['a-kommune.dk', 'ikke et domæne'] })).catch((e: unknown) => e)) as { code: string; cause: unknown };
    expect(refused.code).toBe('BAD_REQUEST');
    const [issue] = issuesOf(refused.cause);
    expect(issue).toMatchObject({ path: 'allowedDomains.1', code: 'sso.domainInvalid' });
    expect(renderError(issue!.code, issue!.params, 'da')).toBe('"ikke et domæne" er ikke et e-maildomæne. Skriv ét domæne pr. linje, fx kommune.dk.');
  });

  it("refuses another tenant's admin and the tenant's own analysts", async () => {
    await expect(f.as(adminB).sso.get({ tenantId: tenantA })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(adminB).sso.save(config())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(memberA).sso.get({ tenantId: tenantA })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('signs a member in by their e-mail domain and by the slug, and logs it in their tenant', async () => {
    const walked = await walkSsoSignIn(f.auth, 'mette@a-kommune.dk', 'mette@a-kommune.dk');
    expect(walked.location).toBe(`${PUBLIC_URL}/`);
    expect(await signedInAs(walked.cookie)).toBe('mette@a-kommune.dk');
    expect(await signedInAs((await walkSsoSignIn(f.auth, 'sso-a', 'mette@a-kommune.dk')).cookie)).toBe('mette@a-kommune.dk');
    expect(await log(tenantA, 'sso.signIn')).toEqual([
      expect.objectContaining({ target: 'mette@a-kommune.dk', actor_user_id: memberA.id }),
      expect.objectContaining({ target: 'mette@a-kommune.dk' }),
    ]);
  });

  it("never signs in an account that is a member of another tenant only, even with provisioning on and its domain allowed", async () => {
    for (const provision of [false, true]) {
      await f.as(adminA).sso.save(config({ clientSecret: undefined, provision, provisionRole: 'admin' }));
      const walked = await walkSsoSignIn(f.auth, 'sso-a', 'bo@shared.example');
      expect(walked.location).toBe(`${SSO_PAGE}?error=notMember`);
      expect(await signedInAs(walked.cookie)).toBeNull();
    }
    const joined = await withTenant(f.db, tenantA, (tx) => tx.selectFrom('memberships').select('user_id').where('user_id', '=', onlyB.id).execute());
    expect(joined).toEqual([]);
    expect(await log(tenantA, 'sso.refused')).toEqual(expect.arrayContaining([expect.objectContaining({ target: 'bo@shared.example', details: expect.objectContaining({ reason: 'notMember' }) })]));
    // Tenant B's log hears nothing of A's attempts.
    expect(await log(tenantB, 'sso.refused')).toEqual([]);
  });

  it("never signs in an account that is also a member of another tenant: its session would open that tenant too", async () => {
    const both = await createUser(f.db, { email: 'kim@a-kommune.dk', name: 'Kim', password: PASSWORD });
    await f.join(tenantA, both, 'leader');
    await f.join(tenantB, both, 'admin');
    const walked = await walkSsoSignIn(f.auth, 'sso-a', 'kim@a-kommune.dk');
    expect(walked.location).toBe(`${SSO_PAGE}?error=memberElsewhere`);
    expect(await signedInAs(walked.cookie)).toBeNull();
    expect(await log(tenantA, 'sso.refused')).toEqual(expect.arrayContaining([expect.objectContaining({ target: 'kim@a-kommune.dk', details: expect.objectContaining({ reason: 'memberElsewhere' }) })]));
  });

  it('never signs in an operator, an address outside the allowed domains, or one the provider calls unverified', async () => {
    await f.as(adminA).sso.save(config({ clientSecret: undefined, allowedDomains: ['a-kommune.dk', 'example.org'] }));
    expect((await walkSsoSignIn(f.auth, 'sso-a', f.operator.email)).location).toBe(`${SSO_PAGE}?error=operator`);
    expect((await walkSsoSignIn(f.auth, 'sso-a', 'mette@b-kommune.dk')).location).toBe(`${SSO_PAGE}?error=domainNotAllowed`);
    idp.accounts.set('unverified', { email: 'mette@a-kommune.dk', email_verified: false });
    expect((await walkSsoSignIn(f.auth, 'sso-a', 'unverified')).location).toBe(`${SSO_PAGE}?error=emailUnverified`);
  });

  it('creates a new account with the chosen role on first sign-in when provisioning is on, and only then', async () => {
    await f.as(adminA).sso.save(config({ clientSecret: undefined, provision: false }));
    expect((await walkSsoSignIn(f.auth, 'sso-a', 'ny@a-kommune.dk')).location).toBe(`${SSO_PAGE}?error=notMember`);
    await f.as(adminA).sso.save(config({ clientSecret: undefined, provision: true, provisionRole: 'analyst' }));
    idp.accounts.set('ny', { email: 'Ny@A-Kommune.dk', email_verified: true, name: 'Ny Kollega' });
    const walked = await walkSsoSignIn(f.auth, 'ny@a-kommune.dk', 'ny');
    expect(await signedInAs(walked.cookie)).toBe('ny@a-kommune.dk');
    const members = await f.as(adminA).members.list({ tenantId: tenantA });
    expect(JSON.stringify(members)).toContain('Ny Kollega');
    expect(await log(tenantA, 'sso.provision')).toEqual([expect.objectContaining({ target: 'ny@a-kommune.dk', details: expect.objectContaining({ role: 'analyst' }) })]);
  });

  it('refuses a callback without the browser that started it, and a second use of the same answer', async () => {
    const stolen = await walkSsoSignIn(f.auth, 'sso-a', 'mette@a-kommune.dk', { dropState: true });
    expect(stolen.location).toBe(`${SSO_PAGE}?error=expired`);
    const used = await walkSsoSignIn(f.auth, 'sso-a', 'mette@a-kommune.dk');
    const stateCookie = used.cookie.split('; ').filter((c) => !c.includes('session')).join('; ');
    expect(await replayCallback(f.auth, used.callback!, stateCookie)).toBe(`${SSO_PAGE}?error=expired`);
  });

  it('sends nobody to a provider for a domain two tenants claim, or an unknown one', async () => {
    await f.as(adminB).sso.save({ ...config({ tenantId: tenantB }), allowedDomains: ['shared.example'] });
    expect((await walkSsoSignIn(f.auth, 'anyone@shared.example', 'bo@shared.example')).location).toBe(`${SSO_PAGE}?error=unknown`);
    expect((await walkSsoSignIn(f.auth, 'x@nowhere.example', 'x')).location).toBe(`${SSO_PAGE}?error=unknown`);
    await f.as(adminB).sso.remove({ tenantId: tenantB });
    expect(await log(tenantB, 'sso.remove')).toEqual([expect.objectContaining({ target: idp.issuer, actor_user_id: adminB.id })]);
    await expect(f.as(adminB).sso.remove({ tenantId: tenantB })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("refuses the password of an SSO-only tenant's members with a coded error, and only after the password is right", async () => {
    await f.as(adminA).sso.save(config({ clientSecret: undefined, ssoOnly: true }));
    const refused = await passwordSignIn(memberA.email);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'SSO_REQUIRED' });
    expect(refused.headers.getSetCookie().join()).not.toContain('session_token=');
    expect((await passwordSignIn(memberA.email, 'wrong password 123')).status).toBe(401);
    expect(await log(tenantA, 'sso.passwordRefused')).toEqual([expect.objectContaining({ target: memberA.email })]);
    // Another tenant's members keep their passwords; SSO still works for A's.
    expect((await passwordSignIn(onlyB.email)).status).toBe(200);
    expect(await signedInAs((await walkSsoSignIn(f.auth, 'sso-a', memberA.email)).cookie)).toBe(memberA.email);
    await f.as(adminA).sso.save(config({ clientSecret: undefined, ssoOnly: false }));
    expect((await passwordSignIn(memberA.email)).status).toBe(200);
  });

  it('keeps working redirects on this site only', async () => {
    const start = await f.auth.handler(new Request(`${PUBLIC_URL}/api/auth/sso/start?for=sso-a&redirect=${encodeURIComponent('//evil.example/x')}`));
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const stored = await f.db.selectFrom('verification').select('value').where('identifier', '=', `sso:${state}`).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.value)).toMatchObject({ redirect: '/' });
  });
});
