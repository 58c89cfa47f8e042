import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

/** A password that passes the console's own checks. */
const PASSWORD = 'en lang og god adgangskode';

describe.skipIf(!chromiumAvailable)("a refused password reset, in Danish, never in better-auth's English", () => {
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

  async function submit(password: string): Promise<void> {
    const { page } = session;
    await page.getByLabel('Ny adgangskode', { exact: true }).fill(password);
    await page.getByLabel('Gentag ny adgangskode').fill(password);
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
  }

  it('says a password over 128 characters is too long before sending it', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/reset-password?token=ikke-brugt`);
    await submit('x'.repeat(129));
    await page.getByText('Adgangskoden må højst være 128 tegn.').waitFor();
  });

  it('says what the server refused in its own words: an account that is gone, a page that sent something wrong', async () => {
    const { page } = session;
    // better-auth's answers, as it sends them: a code and an English message for developers.
    let answer = { code: 'USER_NOT_FOUND', message: 'User not found' };
    await page.route('**/api/auth/reset-password', (route) => route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify(answer) }));
    await page.goto(`${spejl.url}/reset-password?token=ikke-brugt`);
    await submit(PASSWORD);
    const alert = page.getByRole('alert').filter({ hasText: 'Kontoen findes ikke længere' });
    await alert.waitFor();
    expect(await page.getByText('User not found').count()).toBe(0);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await settle(page);
    await session.screenshot('reset-refused-account-gone');

    answer = { code: 'VALIDATION_ERROR', message: '[body.newPassword] Invalid input: expected string' };
    await submit(PASSWORD);
    await page.getByRole('alert').filter({ hasText: 'Genindlæs siden fra linket i mailen' }).waitFor();
    expect(await page.getByText('Invalid input').count()).toBe(0);
  });
});
