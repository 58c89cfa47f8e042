import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="60" viewBox="0 0 220 60">
<rect width="60" height="60" rx="12" fill="#7a1f5c"/><circle cx="30" cy="30" r="14" fill="#fff"/>
<text x="72" y="40" font-family="sans-serif" font-size="26" fill="#222">Aarhus</text></svg>`;

describe.skipIf(!chromiumAvailable)('the console in a real browser: sign-in, tenants, switching, branding', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('sends a signed-out visitor to an accessible Danish login page', async () => {
    const { page } = session;
    await page.goto(spejl.url);
    await page.waitForURL('**/login');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Log ind');
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.title()).toBe('Log ind · Spejl');
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('foundation-login');
  });

  it('explains missing fields and a wrong password next to where they happen', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Log ind' }).click();
    const email = page.getByLabel('E-mail');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Skriv din e-mailadresse.').waitFor();
    // Focus moves to the first field to fix.
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);

    await email.fill(spejl.operator.email);
    await page.getByLabel('Adgangskode', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode' });
    await alert.waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('foundation-login-error');
  });

  it('signs the operator in to the tenant list', async () => {
    const { page } = session;
    await page.getByLabel('Adgangskode', { exact: true }).fill(spejl.operator.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL('**/tenants');
    const table = page.getByTestId('tenant-table');
    await table.getByRole('link', { name: /Egeskov Kommune/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisationer');
    const nav = await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allTextContents();
    expect(nav).toEqual(expect.arrayContaining(['Organisationer', 'Udbakke']));
    // Pages inside a tenant wait until one is chosen.
    expect(nav).not.toContain('Brugere og invitationer');
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('foundation-tenant-list');
  });

  it('creates a tenant, refusing an anonymity threshold below 3 until it is corrected', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    await page.waitForURL('**/tenants/new');
    await page.getByLabel('Navn', { exact: true }).fill('Aarhus Kommune');
    expect(await page.getByLabel('Kortnavn').inputValue()).toBe('aarhus-kommune');
    await page.getByRole('group', { name: 'Sektor' }).getByText('Region', { exact: true }).click();
    expect(await page.getByRole('radio', { name: 'Region' }).isChecked()).toBe(true);

    const threshold = page.getByLabel('Anonymitetsgrænse');
    await threshold.fill('2');
    await page.getByTestId('tenant-save').click();
    await page.getByText('Anonymitetsgrænsen skal være mindst 3').waitFor();
    expect(await threshold.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(/\/tenants\/new$/);
    const early = await spejl.db.selectFrom('tenants').select('id').where('slug', '=', 'aarhus-kommune').executeTakeFirst();
    expect(early).toBeUndefined();

    await threshold.fill('4');
    await page.getByLabel('Primærfarve', { exact: true }).fill('#ffe066');
    await page.getByText(/Vælg en mørkere farve/).waitFor();
    await page.getByLabel('Primærfarve', { exact: true }).fill('#7a1f5c');
    await page.getByTestId('logo-input').setInputFiles({ name: 'aarhus.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
    await page.getByRole('img', { name: 'Logo for Aarhus Kommune' }).waitFor();
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('foundation-tenant-new');

    await page.getByTestId('tenant-save').click();
    await page.waitForURL('**/tenants');
    await page.getByTestId('tenant-table').getByRole('link', { name: /Aarhus Kommune/ }).waitFor();
    const stored = await spejl.db.selectFrom('tenants').selectAll().where('slug', '=', 'aarhus-kommune').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ name: 'Aarhus Kommune', sector: 'region', locale: 'da', threshold: 4 });
    expect(stored.branding.primaryColor).toBe('#7a1f5c');
    expect(stored.branding.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('edits the tenant from the list and keeps the change', async () => {
    const { page } = session;
    await page.getByTestId('tenant-table').getByRole('link', { name: /Aarhus Kommune/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger for Aarhus Kommune' }).waitFor();
    expect(await page.getByLabel('Kortnavn').inputValue()).toBe('aarhus-kommune');
    expect(await page.getByRole('radio', { name: 'Region' }).isChecked()).toBe(true);
    await page.getByLabel('Anonymitetsgrænse').fill('6');
    await page.getByTestId('tenant-save').click();
    await page.getByTestId('announcer').filter({ hasText: 'Ændringerne er gemt.' }).waitFor({ state: 'attached' });
    const stored = await spejl.db.selectFrom('tenants').select(['threshold', 'branding']).where('slug', '=', 'aarhus-kommune').executeTakeFirstOrThrow();
    expect(stored.threshold).toBe(6);
    expect(stored.branding.primaryColor).toBe('#7a1f5c');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Organisationer' }).click();
    await page.waitForURL('**/tenants');
  });

  it('switches to the new tenant in the header and wears its branding', async () => {
    const { page } = session;
    await page.getByRole('banner').getByLabel('Organisation').selectOption({ label: 'Aarhus Kommune' });
    await page.waitForURL('**/overview');
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Demo Operatør' }).waitFor();
    await page.getByRole('banner').getByRole('img', { name: 'Aarhus Kommune' }).waitFor();
    const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--spejl-primary').trim());
    expect(primary).toBe('#7a1f5c');
    const nav = await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allTextContents();
    expect(nav).toEqual(expect.arrayContaining(['Organisationer', 'Oversigt', 'Brugere og invitationer', 'Udbakke', 'Indstillinger']));
    // Let the confirmations fade so the screenshot shows the page itself.
    await page.waitForFunction(() => !document.querySelector('.n-message'), undefined, { timeout: 12_000 });
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('foundation-switched');
  });

  it('speaks English after the language switch, down to the lang attribute', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Demo Operatør' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Overview · Spejl');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings for Aarhus Kommune' }).waitFor();
    await page.getByText('Employee answers are shown only as a group').waitFor();
    await settle(page);
    await session.screenshot('foundation-settings-english');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger for Aarhus Kommune' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
  });
});
