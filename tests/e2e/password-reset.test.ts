import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

const NEW_PASSWORD = 'egeskov har en ny adgangskode';

describe.skipIf(!chromiumAvailable)('forgotten password in the browser: request, mail link, new password', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let resetLink = '';

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('asks for the e-mail and answers the same whether or not the account exists', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/login`);
    await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
    await page.waitForURL('**/forgot-password');
    expect(seriousViolations(await session.axe())).toEqual([]);
    await page.getByLabel('E-mail').fill(spejl.admin.email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByRole('status').filter({ hasText: `Hvis ${spejl.admin.email} har en konto i Spejl` }).waitFor();
    await settle(page);
    await session.screenshot('reset-requested');
    await page.goto(`${spejl.url}/forgot-password`);
    await page.getByLabel('E-mail').fill('ingen.konto@egeskov.example');
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByRole('status').filter({ hasText: 'Hvis ingen.konto@egeskov.example har en konto i Spejl' }).waitFor();
    const mails = await spejl.db.selectFrom('system_mail_outbox').select(['to_address', 'subject']).execute();
    expect(mails).toEqual([{ to_address: spejl.admin.email, subject: 'Nulstil din adgangskode til Spejl' }]);
  });

  it('shows the reset mail to the operator in the outbox, with the link clickable', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.operator, 'tenants');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udbakke' }).click();
    const accountMail = page.getByRole('region', { name: 'Kontomails' });
    await accountMail.locator('summary').filter({ hasText: 'Nulstil din adgangskode' }).click();
    const link = accountMail.getByRole('link', { name: /\/reset-password\?token=/ });
    resetLink = (await link.getAttribute('href')) ?? '';
    expect(resetLink.startsWith(`${spejl.url}/reset-password?token=`)).toBe(true);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login');
  });

  it('sets a new password from the link, explaining a too-short or mistyped one first', async () => {
    const { page } = session;
    await page.goto(resetLink);
    await page.getByRole('heading', { level: 1, name: 'Vælg ny adgangskode' }).waitFor();
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await page.getByLabel('Gentag ny adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await page.getByText('Adgangskoden skal være mindst 10 tegn.').waitFor();
    await page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Gentag ny adgangskode').fill(`${NEW_PASSWORD}!`);
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await page.getByText('De to adgangskoder er ikke ens.').waitFor();
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reset-form-error');

    await page.getByLabel('Gentag ny adgangskode').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await page.getByRole('status').filter({ hasText: 'Din adgangskode er ændret.' }).waitFor();

    await page.getByRole('link', { name: 'Log ind' }).click();
    await page.getByLabel('E-mail').fill(spejl.admin.email);
    await page.getByLabel('Adgangskode', { exact: true }).fill(spejl.admin.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode' }).waitFor();
    await page.getByLabel('Adgangskode', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL('**/overview');
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Anne Admin' }).waitFor();
  });

  it('sends someone whose session ended on the server back to the login page, saying why', async () => {
    const { page } = session;
    const admin = await spejl.db.selectFrom('user').select('id').where('email', '=', spejl.admin.email).executeTakeFirstOrThrow();
    await spejl.db.deleteFrom('session').where('userId', '=', admin.id).execute();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere og invitationer' }).click();
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('expired') === '1' && url.searchParams.get('redirect') === '/members');
    await page.getByText('Du er blevet logget ud. Log ind igen for at fortsætte.').waitFor();
  });

  it('refuses a used link and offers a new one', async () => {
    const { page } = session;
    await page.goto(resetLink);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('endnu en ny adgangskode');
    await page.getByLabel('Gentag ny adgangskode').fill('endnu en ny adgangskode');
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await page.getByRole('alert').filter({ hasText: 'Linket er udløbet eller allerede brugt.' }).waitFor();
    await page.getByRole('link', { name: 'Bed om et nyt link' }).waitFor();
    await page.goto(`${spejl.url}/reset-password`);
    await page.getByRole('alert').filter({ hasText: 'Linket er udløbet eller allerede brugt.' }).waitFor();
  });
});
