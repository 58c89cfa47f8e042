import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

describe.skipIf(!chromiumAvailable)("the audit log: the demo admin finds who opened a leader's report", () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await signIn(session.page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it("opens a leader's report, then finds in Revisionslog that the admin opened it", async () => {
    const { page } = session;
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await menu.getByRole('link', { name: 'Resultater' }).click();
    await page.getByRole('link', { name: 'Ledelsesevaluering 2025' }).click();
    await page.getByTestId('leader-list').waitFor();
    await page.getByTestId('leader-list').getByRole('link', { name: 'Lederrapport' }).nth(1).click();
    await page.getByTestId('report-document').waitFor();
    const leaderId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    expect(leaderId).not.toBe('');

    await menu.getByRole('link', { name: 'Revisionslog' }).click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-subject').locator('input').fill(leaderId);
    await expect.poll(() => page.getByTestId('audit-total').innerText()).toBe('Hændelser: 1');
    const row = page.getByTestId('audit-row').first();
    const text = await row.innerText();
    expect(text).toContain(spejl.admin.email);
    expect(text).toContain('Åbnede en rapport');
    expect(text).toContain('Administrator');
    expect(text).toContain(leaderId);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('audit-log-leader-report');
  }, 120_000);

  it('shows an operator Mine handlinger without the admin\'s report read', async () => {
    const operator = await openBrowser();
    try {
      await signIn(operator.page, spejl.url, spejl.operator, 'tenants');
      await operator.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine handlinger' }).click();
      await operator.page.getByTestId('audit-total').waitFor();
      expect(await operator.page.getByRole('heading', { level: 1 }).innerText()).toBe('Mine handlinger');
      expect(await operator.page.locator('main').innerText()).not.toContain(spejl.admin.email);
      await settle(operator.page);
      await operator.screenshot('audit-log-operator');
      expect(seriousViolations(await operator.axe())).toEqual([]);
    } finally {
      await operator.close();
    }
  }, 120_000);
});
