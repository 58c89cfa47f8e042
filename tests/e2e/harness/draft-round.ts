import type { Page } from 'playwright-core';

/**
 * Creates a draft round of the given themes (by their titles; Borgerorientering alone unless told)
 * from the rounds page, as an admin would (the page must be open), and returns its id once its
 * page has opened.
 */
export async function createDraftRound(page: Page, name: string, themes: readonly string[] = ['Borgerorientering']): Promise<string> {
  await page.getByLabel('Navn', { exact: true }).fill(name);
  for (const box of await page.locator('input[name="round-theme"]').all()) await box.uncheck();
  for (const theme of themes) await page.getByLabel(new RegExp(theme)).check();
  await page.getByRole('button', { name: 'Opret kladde' }).click();
  await page.waitForURL('**/rounds/*');
  return page.url().split('/').at(-1) ?? '';
}
