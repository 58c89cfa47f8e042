import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectorOverview, type SectorOverview } from '@spejl/core';
import { themes } from '@spejl/plugin-registry';
import { formatMean } from '@spejl/report-render/charts';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const MUNICIPALITIES = ['Bøgely Kommune', 'Egeskov Kommune', 'Fjordvig Kommune', 'Lyngholm Kommune'];

describe.skipIf(!chromiumAvailable)("the operator's sector benchmark and results across organisations, without choosing one", () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let expected: SectorOverview;

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    expected = await sectorOverview(spejl.db, 'kommune', themes, 'da');
    await signIn(session.page, spejl.url, spejl.operator, 'tenants');
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it("opens from the operator's home: the demo's four municipalities, the sector's mean beside each one's", async () => {
    const { page } = session;
    await page.getByTestId('sector-benchmark').click();
    await page.waitForURL('**/benchmark');
    await page.getByRole('heading', { level: 1, name: 'Sektorbenchmark' }).waitFor();
    await page.getByTestId('sector-summary').filter({ hasText: '4 af 4 organisationer bidrager med tal.' }).waitFor();
    const listed = await page.getByTestId('sector-tenants').locator('li').allTextContents();
    expect(listed.map((text) => MUNICIPALITIES.find((name) => text.startsWith(name)))).toEqual(MUNICIPALITIES);
    expect(listed.every((text) => text.includes('Ledelsesevaluering 2025, lukket') && text.includes('medarbejderbesvarelser'))).toBe(true);
    expect(await page.getByTestId('sector-too-few').count()).toBe(0);

    for (const theme of expected.themes) {
      const table = page.getByTestId(`sector-table-${theme.id}`);
      await table.waitFor();
      expect(await table.getByTestId('tenant-row').locator('th').allTextContents()).toEqual(MUNICIPALITIES);
      const sector = table.getByTestId('sector-row');
      expect((await sector.locator('th').textContent())?.trim()).toBe('Sektorens gennemsnit 4 organisationer');
      if (!theme.sector.shown) throw new Error(`the sector's ${theme.id} mean should be shown`);
      expect((await sector.locator('td .mean').first().textContent())?.trim()).toBe(formatMean(theme.sector.mean, 'da'));
      // Every statement of the theme has a sector mean too, each from four municipalities.
      expect(await sector.locator('td .mean').count()).toBe(theme.items.length + 1);
    }
    const gaps = await page.getByTestId('tenant-row').locator('.gap').allTextContents();
    expect(gaps.some((g) => g.startsWith('+'))).toBe(true);
    expect(gaps.some((g) => g.startsWith('−'))).toBe(true);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('operator-sector-benchmark');
  });

  it('says so when a sector has no organisations', async () => {
    const { page } = session;
    await page.getByTestId('sector-region').click();
    await page.waitForURL('**/benchmark?sector=region');
    await page.getByText('Der er ingen organisationer i denne sektor endnu.').waitFor();
    expect(await page.locator('table').count()).toBe(0);
  });

  it("lists every organisation's closed rounds on Resultater, and opening one works in that organisation", async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Resultater' }).click();
    await page.waitForURL('**/results');
    const list = page.getByTestId('tenant-rounds');
    await list.waitFor();
    expect(await page.getByText('Der er ingen afsluttede målinger endnu').count()).toBe(0);
    const regions = await list.getByRole('heading', { level: 2 }).allTextContents();
    expect(regions.map((r) => r.trim())).toEqual(MUNICIPALITIES);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('operator-results-all-tenants');

    await list.getByRole('link', { name: 'Åbn Ledelsesevaluering 2025 i Lyngholm Kommune' }).click();
    await page.waitForURL('**/results/*');
    await page.getByRole('heading', { level: 1, name: 'Ledelsesevaluering 2025' }).waitFor();
    expect(await page.getByRole('banner').getByLabel('Organisation').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim())).toBe('Lyngholm Kommune');
    await page.getByTestId('leader-list').waitFor();
    await page.getByTestId('overview-link').click();
    await page.getByTestId('report-document').waitFor();
    await settle(page);
    await session.screenshot('operator-lyngholm-overview');
  });

  it("sends an operator without a chosen organisation from a round's comparison to the sector benchmark instead of a blank page", async () => {
    const { page } = session;
    const roundId = expected.tenants.find((t) => t.slug === 'egeskov')!.round!.id;
    await page.evaluate(() => localStorage.removeItem('spejl.tenant'));
    await page.goto(`${spejl.url}/results/${roundId}/benchmark`);
    await page.getByRole('heading', { level: 1, name: 'Vælg først en organisation' }).waitFor();
    await page.getByTestId('sector-benchmark-link').click();
    await page.waitForURL('**/benchmark');
    await page.getByTestId('sector-table-borgerorientering').waitFor();
  });
});
