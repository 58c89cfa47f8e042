import type { Page } from 'playwright-core';

/** Signs in through the console's login form as a person would and waits for the page the role lands on. */
export async function signIn(page: Page, baseUrl: string, who: { email: string; password: string }, landing = 'overview'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(`**/${landing}`);
}

/** Signs out through the user menu, as a person would, and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.waitForURL('**/login');
}
