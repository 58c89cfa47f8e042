import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popplerAvailable, chromiumAvailable, openBrowser, SCREENSHOT_DIR, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

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
    expect(await page.getByTestId('leader-list').locator('tbody tr').count()).toBeGreaterThan(10);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-round');
  });

  it('makes every leader report as a PDF in the background, shows progress across a reload and downloads one ZIP', async () => {
    const { page } = session;
    const leaders = await page.getByTestId('leader-list').locator('tbody tr').count();
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

  it('shows the chain heatmap of the top leader: a legend, cells coloured around the organisation, hidden cells hatched', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Tilbage til målingen' }).click();
    await page.getByTestId('leader-list').getByRole('link', { name: 'Ledelseskæde' }).first().click();
    const heatmap = page.getByTestId('report-heatmap').first();
    await heatmap.waitFor();
    const legend = await page.getByTestId('heatmap-legend').innerText();
    expect(legend).toContain('Sådan læses farverne');
    expect(legend).toContain('Tallet i cellen er medarbejdernes gennemsnit på skalaen 1–5.');
    expect(legend).toMatch(/≤ −0,6\s+−0,5 til −0,4\s+−0,3 til −0,2\s+±0,1\s+\+0,2 til \+0,3\s+\+0,4 til \+0,5\s+≥ \+0,6/);
    expect(legend).toMatch(/Hvid er hele organisationens gennemsnit for temaet: Borgerorientering \d,\d · Faglig ledelse \d,\d\./);
    expect(legend).toContain('Skjult: færre end 5 har svaret');
    // The organisation is the centre: its own row is drawn white (step 0) in every column.
    expect(await heatmap.locator('tr.comparison td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-step')))).toEqual(['0', '0']);
    expect(await heatmap.locator('td[data-step]:not([data-step="0"])').count()).toBeGreaterThan(0);
    const hidden = heatmap.locator('td.withheld');
    expect(await hidden.count()).toBeGreaterThan(0);
    for (const cell of await hidden.evaluateAll((tds) => tds.map((td) => ({ text: td.textContent?.trim(), image: getComputedStyle(td).backgroundImage, step: td.getAttribute('data-step') })))) {
      expect(cell.text).toMatch(/^skjult:/);
      expect(cell.image).toContain('repeating-linear-gradient');
      expect(cell.step).toBeNull();
    }
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-chain');
  });

  /** The units' numbers in one column, top to bottom; null for a hidden cell. */
  const unitColumn = (column: number) => session.page.getByTestId('report-heatmap').first().locator('tbody tr.unit').evaluateAll((rows, i) => rows.map((r) => {
    const td = r.querySelectorAll('td')[i]!;
    return td.classList.contains('withheld') ? null : Number(td.textContent!.trim().replace(',', '.'));
  }), column);
  const inOrder = (values: (number | null)[], direction: 1 | -1) => {
    const shown = values.filter((v): v is number => v !== null);
    expect(values.slice(0, shown.length)).toEqual(shown);
    for (let i = 1; i < shown.length; i++) expect(direction * (shown[i]! - shown[i - 1]!)).toBeGreaterThanOrEqual(0);
  };

  it('sorts the units by a column with the mouse, then with the keyboard; the whole chain stays first and the organisation last', async () => {
    const { page } = session;
    const heatmap = page.getByTestId('report-heatmap').first();
    const header = heatmap.getByRole('columnheader', { name: /Faglig ledelse/ });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    inOrder(await unitColumn(1), 1);
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    inOrder(await unitColumn(1), -1);
    expect(await heatmap.getByRole('columnheader', { name: /Borgerorientering/ }).getAttribute('aria-sort')).toBeNull();
    const kinds = await heatmap.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.className));
    expect(kinds[0]).toContain('total');
    expect(kinds.at(-1)).toContain('comparison');
    expect(await page.getByTestId('heatmap-status').innerText()).toContain('Sorteret efter Faglig ledelse, højeste først.');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-chain-sorted');
  });

  it('filters to one level and to one sub-chain, choosing only among the rows the report published', async () => {
    const { page } = session;
    const heatmap = page.getByTestId('report-heatmap').first();
    await page.getByRole('button', { name: 'Vis i hierarkiets rækkefølge' }).click();
    const rowsNow = () => heatmap.locator('tbody tr').evaluateAll((rows) => rows.map((r) => ({ depth: r.getAttribute('data-depth'), kind: r.className, cells: r.textContent!.replace(/\s+/g, ' ').trim() })));
    const all = await rowsNow();
    const published = new Set(all.map((r) => r.cells));
    const choose = async (testId: string, label: string) => {
      await page.getByTestId(testId).click();
      await page.locator('.n-base-select-menu:visible .n-base-select-option', { hasText: new RegExp(`^${label}$`) }).click();
      await page.locator('.n-base-select-menu:visible').waitFor({ state: 'hidden' });
    };

    await choose('heatmap-level', 'Niveau 2 under lederen');
    const level2 = await rowsNow();
    const units = level2.filter((r) => r.kind.includes('unit'));
    expect(units.length).toBeGreaterThan(0);
    expect(units.length).toBeLessThan(all.filter((r) => r.kind.includes('unit')).length);
    expect(units.every((r) => r.depth === '2')).toBe(true);
    for (const row of level2) expect(published.has(row.cells), row.cells).toBe(true);
    expect(await page.getByTestId('heatmap-status').innerText()).toMatch(new RegExp(`^Viser ${units.length} af \\d+ enheder\\.`));
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-chain-level');

    await choose('heatmap-level', 'Alle niveauer');
    await page.getByTestId('heatmap-subchain').click();
    const options = page.locator('.n-base-select-menu:visible .n-base-select-option');
    expect((await options.first().innerText()).trim()).toBe('Alle enheder');
    const option = options.nth(1);
    const chain = (await option.innerText()).trim();
    await option.click();
    await page.locator('.n-base-select-menu:visible').waitFor({ state: 'hidden' });
    const sub = (await rowsNow()).filter((r) => r.kind.includes('unit'));
    expect(sub[0]!.cells.startsWith(chain)).toBe(true);
    expect(sub.slice(1).every((r) => Number(r.depth) > Number(sub[0]!.depth))).toBe(true);
    for (const row of sub) expect(published.has(row.cells)).toBe(true);
    await session.screenshot('reports-chain-subchain');
  });

  it('filters to the units whose chain holds a faggruppe, naming only faggrupper of at least k people', async () => {
    const { page } = session;
    const heatmap = page.getByTestId('report-heatmap').first();
    await page.getByTestId('heatmap-subchain').click();
    await page.locator('.n-base-select-menu:visible .n-base-select-option', { hasText: /^Alle enheder$/ }).click();
    await page.locator('.n-base-select-menu:visible').waitFor({ state: 'hidden' });
    const unitRows = () => heatmap.locator('tbody tr.unit').evaluateAll((rows) => rows.map((r) => r.textContent!.replace(/\s+/g, ' ').trim()));
    const all = await unitRows();
    await page.getByTestId('heatmap-faggruppe').click();
    const options = page.locator('.n-base-select-menu:visible .n-base-select-option');
    expect((await options.first().innerText()).trim()).toBe('Alle faggrupper');
    const names = (await options.allInnerTexts()).slice(1).map((s) => s.trim());
    expect(names.length).toBeGreaterThan(0);
    const chosen = names.find((n) => n !== 'administration') ?? names[0]!;
    await options.filter({ hasText: new RegExp(`^${chosen}$`) }).click();
    await page.locator('.n-base-select-menu:visible').waitFor({ state: 'hidden' });
    const filtered = await unitRows();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const row of filtered) expect(all).toContain(row);
    expect(await page.getByTestId('heatmap-status').innerText()).toMatch(new RegExp(`^Viser ${filtered.length} af ${all.length} enheder\\.`));
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-chain-faggruppe');
  });

  it('downloads the chain report as a PDF with the same legend', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
    const file = join(SCREENSHOT_DIR, 'reports-chain.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    if (!popplerAvailable) return;
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Sådan læses farverne');
    expect(text).toMatch(/−0,5 til −0,4 +−0,3 til −0,2 +±0,1/);
    expect(text).toContain('Hvid er hele organisationens gennemsnit for temaet');
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

  it("previews the chain heatmap centred on the scale's middle and showing indexes, as the report options choose", async () => {
    const { page } = session;
    await page.getByLabel('Heatmappets midte (hvid)').selectOption({ label: 'Skalaens midte (3)' });
    await page.getByLabel('Tal i heatmappets celler').selectOption({ label: 'Indeks (0–100)' });
    await page.getByRole('button', { name: 'Forhåndsvisning med eksempeldata' }).first().click();
    const legend = page.getByTestId('heatmap-legend');
    await expect.poll(() => legend.innerText(), { timeout: 15_000 }).toContain('Hvid er skalaens midte, hverken enig eller uenig: Borgerorientering 50');
    expect(await legend.innerText()).toMatch(/≤ −15\s+−14 til −10\s+−9 til −5\s+±4/);
    expect(await legend.innerText()).toContain('Tallet i cellen er medarbejdernes indeks fra 0 til 100');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('reports-settings-chain-preview');
  });
});
