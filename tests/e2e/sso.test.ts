import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdp, type TestIdp } from '../../packages/api/test/sso/test-idp.ts';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, signOut, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

/*
 * Issue 16, single sign-on end to end: the demo tenant's admin sets up the organisation's OpenID
 * Connect provider in the console, then people sign in through "Log ind med din organisation" and
 * the provider's own login page (a real oidc-provider on 127.0.0.1, filled in by Chromium).
 */
describe.skipIf(!chromiumAvailable)('single sign-on in the browser', () => {
  let spejl: RunningSpejl;
  let idp: TestIdp;
  let session: BrowserSession;

  /** Goes through "Log ind med din organisation" and the provider's login page; returns where Spejl lands. */
  async function ssoSignIn(typed: string, login: string): Promise<void> {
    const { page } = session;
    // Another person at the browser: the provider's own session (signing out of Spejl leaves it) goes too.
    await session.browser.clearCookies();
    await page.goto(`${spejl.url}/login`);
    await page.getByRole('link', { name: 'Log ind med din organisation' }).click();
    await page.waitForURL('**/login/sso');
    await page.getByLabel('Arbejdsmail eller organisationens kortnavn').fill(typed);
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('hvad som helst');
    await session.screenshot('sso-idp-login');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(`${spejl.url}/**`);
  }

  beforeAll(async () => {
    spejl = await startSpejl();
    idp = await startTestIdp([`${spejl.url}/api/auth/sso/callback`]);
    session = await openBrowser();
    // The provider's dev login page imports a web font; nothing leaves this machine.
    await session.browser.route((url) => !url.hostname.startsWith('127.0.0.1'), (route) => route.abort());
  });
  afterAll(async () => {
    await session?.close();
    await idp?.close();
    await spejl?.stop();
  });

  it("lets the admin set up the organisation's provider, and never shows the secret again", async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Single sign-on' }).click();
    await page.getByRole('heading', { level: 1, name: 'Single sign-on (SSO)' }).waitFor();
    await expect(page.getByTestId('sso-callback').textContent()).resolves.toBe(`${spejl.url}/api/auth/sso/callback`);
    await page.getByLabel('Udsteder (issuer)').fill(idp.issuer);
    await page.getByLabel('Klient-id (client ID)').fill(idp.clientId);
    await page.getByLabel('Klienthemmelighed (client secret)').fill(idp.clientSecret);
    await page.getByLabel('Tilladte e-maildomæner').fill('egeskov.example');
    await page.getByTestId('sso-provision').click();
    await page.getByLabel('Rolle for nye brugere').selectOption('analyst');
    await page.getByTestId('sso-only').click();
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Indstillingerne for single sign-on er gemt.').waitFor();
    await page.reload();
    await page.getByText('En hemmelighed er gemt. Lad feltet stå tomt for at beholde den.').waitFor();
    await expect(page.getByLabel('Klienthemmelighed (client secret)').inputValue()).resolves.toBe('');
    expect(await page.content()).not.toContain(idp.clientSecret);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('sso-settings');
    await signOut(page);
  });

  it('refuses the admin\'s password now that the organisation requires SSO, and says where to go', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/login`);
    await page.getByLabel('E-mail').fill(spejl.admin.email);
    await page.getByLabel('Adgangskode', { exact: true }).fill(spejl.admin.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Din organisation kræver, at du logger ind gennem dens eget login.').waitFor();
    await settle(page);
    await session.screenshot('sso-password-refused');
  });

  it('signs the admin in through the provider by e-mail domain', async () => {
    const { page } = session;
    await ssoSignIn(spejl.admin.email, spejl.admin.email);
    await page.waitForURL('**/overview');
    await page.getByTestId('user-menu').waitFor();
    await settle(page);
    await session.screenshot('sso-signed-in');
    await signOut(page);
  });

  it('creates a new colleague as analyst at their first sign-in, by the organisation\'s short name', async () => {
    const { page } = session;
    await ssoSignIn('egeskov', 'ny.kollega@egeskov.example');
    await page.waitForURL('**/overview');
    const member = await spejl.db.selectFrom('user').select('email').where('email', '=', 'ny.kollega@egeskov.example').executeTakeFirst();
    expect(member).toBeDefined();
    await signOut(page);
  });

  it('explains a refusal: an operator asserted by the provider is never signed in', async () => {
    const { page } = session;
    await spejl.db.updateTable('user').set({ email: 'operator@egeskov.example' }).where('email', '=', spejl.operator.email).execute();
    await ssoSignIn('egeskov', 'operator@egeskov.example');
    await page.waitForURL('**/login/sso?error=operator');
    await page.getByText('En operatørkonto kan ikke logge ind gennem en organisations login.').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('sso-refused');
  });
});
