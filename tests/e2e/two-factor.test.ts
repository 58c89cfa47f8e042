import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, signOut, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

/** What an authenticator app would show now for the key the console showed (grouped in fours). */
const appCode = (key: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key.replace(/\s+/g, '')), digits: 6, period: 30 }).generate();

/** Issue 16: an admin turns two-factor on, signs in with the app's code and with a recovery code, and requires it of the organisation. */
describe.skipIf(!chromiumAvailable)('two-factor sign-in in the console', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let key = '';
  let recovery: string[] = [];

  /** The password step of the login form; the page then asks for the second factor. */
  const passwordStep = async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/login`);
    await page.getByLabel('E-mail').fill(spejl.admin.email);
    await page.getByLabel('Adgangskode', { exact: true }).fill(spejl.admin.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('two-factor-form').waitFor();
  };

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await signIn(session.page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('turns two-factor on: QR code and key, a code from the app, then the recovery codes once', async () => {
    const { page } = session;
    await page.getByTestId('user-menu').click();
    await page.getByTestId('security-link').click();
    await page.waitForURL('**/account/security');
    expect(await page.getByTestId('two-factor-status').innerText()).toContain('slået fra');
    await page.getByLabel('Din adgangskode').fill(spejl.admin.password);
    await page.getByRole('button', { name: 'Slå to-faktor til' }).click();
    await page.getByTestId('two-factor-qr').waitFor();
    key = await page.getByTestId('two-factor-secret').innerText();
    expect(key.replace(/\s+/g, '')).toMatch(/^[A-Z2-7]+$/);
    expect(await page.getByTestId('two-factor-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await settle(page);
    await session.screenshot('two-factor-setup-qr');
    expect(seriousViolations(await session.axe())).toEqual([]);

    await page.getByLabel('Kode fra appen').fill(appCode(key));
    await page.getByRole('button', { name: 'Bekræft og slå til' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    recovery = (await page.getByTestId('recovery-codes').locator('code').allInnerTexts()).map((c) => c.trim());
    expect(recovery).toHaveLength(10);
    await settle(page);
    await session.screenshot('two-factor-recovery-codes');
    await page.getByTestId('recovery-done').click();
    expect(await page.getByTestId('two-factor-status').innerText()).toContain('slået til');
  }, 120_000);

  it('asks for the code after the password; a wrong one is refused, the right one lets the admin in', async () => {
    const { page } = session;
    await signOut(page);
    await passwordStep();
    await settle(page);
    await session.screenshot('two-factor-login-step');
    expect(seriousViolations(await session.axe())).toEqual([]);
    const wrong = String((Number(appCode(key)) + 500_000) % 1_000_000).padStart(6, '0');
    await page.getByLabel('Kode fra appen').fill(wrong);
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expect.poll(() => page.locator('[role="alert"]').first().innerText()).toContain('Koden er forkert');
    await session.screenshot('two-factor-login-wrong-code');
    await page.getByLabel('Kode fra appen').fill(appCode(key));
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await page.waitForURL('**/overview');
  }, 120_000);

  it('signs in with a recovery code, which then is spent', async () => {
    const { page } = session;
    await signOut(page);
    await passwordStep();
    await page.getByTestId('two-factor-switch').click();
    await page.getByLabel('Gendannelseskode').fill(recovery[0]!);
    await settle(page);
    await session.screenshot('two-factor-login-recovery');
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await page.waitForURL('**/overview');
    await signOut(page);
    await passwordStep();
    await page.getByTestId('two-factor-switch').click();
    await page.getByLabel('Gendannelseskode').fill(recovery[0]!);
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expect.poll(() => page.locator('[role="alert"]').first().innerText()).toContain('forkert eller allerede brugt');
    await page.getByLabel('Gendannelseskode').fill(recovery[1]!);
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await page.waitForURL('**/overview');
  }, 120_000);

  it('requires two-factor of the organisation; an operator without it is sent to set it up', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await page.getByTestId('two-factor-setting').click();
    const required = () => spejl.db.selectFrom('tenants').select('require_two_factor').where('id', '=', spejl.demoTenant.id).executeTakeFirstOrThrow();
    await expect.poll(async () => (await required()).require_two_factor).toBe(true);
    await settle(page);
    await session.screenshot('two-factor-tenant-setting');

    const operator = await openBrowser();
    try {
      await signIn(operator.page, spejl.url, spejl.operator, 'tenants');
      await operator.page.evaluate((id) => localStorage.setItem('spejl.tenant', id), spejl.demoTenant.id);
      await operator.page.goto(`${spejl.url}/overview`);
      await operator.page.waitForURL('**/account/security?required=tenant');
      await operator.page.getByTestId('two-factor-required').waitFor();
      await settle(operator.page);
      await operator.screenshot('two-factor-required-operator');
      expect(await operator.page.getByTestId('two-factor-required').innerText()).toContain('kræver to-faktor-login');
    } finally {
      await operator.close();
    }
  }, 120_000);
});
