import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

describe.skipIf(!chromiumAvailable)('reports in the console: the demo round closed last year, a leader report and the chain heatmap', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it("opens the demo's closed round and lists its leaders", async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Resultater' }).click();
    await page.getByRole('link', { name: 'Ledelsesevaluering 2025' }).click();
    await page.getByTestId('leader-list').waitFor();
    expect(await page.getByTestId('leader-list').locator('li').count()).toBeGreaterThan(10);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-round');
  });

  it('makes every leader report as a PDF in the background, shows progress across a reload and downloads one ZIP', async () => {
    const { page } = session;
    const leaders = await page.getByTestId('leader-list').locator('li').count();
    await page.getByTestId('bulk-start').click();
    const job = page.getByTestId('bulk-job');
    await expect.poll(() => job.innerText(), { timeout: 30_000 }).toMatch(new RegExp(`(\\d+ af ${leaders} ledere|${leaders} lederrapporter er klar)`));
    await session.screenshot('reports-bulk-pdf-progress');
    await page.reload();
    await page.getByTestId('bulk-download').waitFor({ timeout: 60_000 });
    expect(await job.innerText()).toContain(`${leaders} lederrapporter er klar`);
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-bulk-pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulk-download').click()]);
    expect(download.suggestedFilename()).toBe('Ledelsesevaluering 2025 – lederrapporter.zip');
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });

  it('shows a leader report with scores, the distribution chart and withheld figures explained', async () => {
    const { page } = session;
    await page.getByTestId('leader-list').getByRole('link', { name: 'Lederrapport' }).nth(1).click();
    const report = page.getByTestId('report-document');
    await report.waitFor();
    await report.getByRole('table').first().waitFor();
    await expect.poll(() => report.locator('svg').count()).toBeGreaterThan(0);
    const text = await report.innerText();
    expect(text).toContain('Borgerorientering');
    expect(text).toMatch(/\d,\d/);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-leader');
  });

  it('shows the chain heatmap of the top leader with coloured cells', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Tilbage til målingen' }).click();
    await page.getByTestId('leader-list').getByRole('link', { name: 'Ledelseskæde' }).first().click();
    const heatmap = page.getByTestId('report-heatmap').first();
    await heatmap.waitFor();
    expect(await heatmap.locator('td[style*="background"]').count()).toBeGreaterThan(0);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-chain');
  });

  it('shows the organisation overview to the admin', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Tilbage til målingen' }).click();
    await page.getByTestId('overview-link').click();
    await page.getByTestId('report-heatmap').first().waitFor();
    await session.screenshot('reports-overview');
  });

  it('previews a report with changed options on the settings page', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Rapportindstillinger' }).click();
    await page.getByTestId('report-document').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-settings');
  });
});
