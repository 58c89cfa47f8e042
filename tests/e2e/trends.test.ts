import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@spejl/db';
import { popplerAvailable, chromiumAvailable, demoLeaderAndPeers, openBrowser, SCREENSHOT_DIR, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

describe.skipIf(!chromiumAvailable)('development over time: the demo leader report shows three rounds', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let leader = { person_id: '', name: '' };

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    leader = (await withTenant(spejl.db, spejl.demoTenant.id, (tx) => demoLeaderAndPeers(tx))).leader;
    await signIn(session.page, spejl.url, { email: spejl.leader.email, password: spejl.leader.password }, 'my-reports');
  }, 240_000);
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('shows the leader their team over 2023, 2024 and 2025 as a chart and a table', async () => {
    const { page } = session;
    await page.getByRole('region', { name: 'Ledelsesevaluering 2025' }).getByTestId('my-own-reports').getByRole('link', { name: 'Lederrapport' }).click();
    const report = page.getByTestId('report-document');
    await report.waitFor();
    await page.getByRole('heading', { level: 1, name: leader.name }).waitFor();
    const heading = report.getByRole('heading', { name: 'Udvikling over tid' });
    await heading.waitFor();
    const table = report.getByTestId('trend-table');
    const columns = (await table.locator('thead th').allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
    expect(columns).toEqual(['Tema', 'Ledelsesevaluering 2023', 'Ledelsesevaluering 2024', 'Ledelsesevaluering 2025', 'Ændring']);
    const rows = await table.locator('tbody tr').all();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      // Every theme has a figure in each of the three rounds (the demo's counts match round to round) and a change.
      const cells = await row.locator('td').allInnerTexts();
      expect(cells.slice(0, 3).every((c) => /^\d,\d$/.test(c.trim())), cells.join(' | ')).toBe(true);
      expect(cells[3]!.trim()).toMatch(/^[+−]?\d,\d$/);
    }
    const chart = report.getByTestId('trend-chart');
    await chart.locator('svg').first().waitFor();
    await heading.scrollIntoViewIfNeeded();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('trends-leader-report');
    await chart.screenshot({ path: join(SCREENSHOT_DIR, 'trends-leader-chart.png') });
  });

  it('prints the trend chart in the PDF with its rounds and themes as readable text', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
    const file = join(SCREENSHOT_DIR, 'trends-leader.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    if (!popplerAvailable) return;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    let found = 0;
    for (let p = 1; p <= pages && !found; p++) {
      if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', file, '-'], { encoding: 'utf8' }).includes('Udvikling over tid')) found = p;
    }
    expect(found).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', ['-f', String(found), '-l', String(found), '-layout', file, '-'], { encoding: 'utf8' });
    // The chart's axis: the scale 1–5 and each round's name and closing day, as text a reader (and a screen reader) gets.
    expect(text).toMatch(/Ledelsesevaluering 2023 +Ledelsesevaluering 2024 +Ledelsesevaluering 2025/);
    expect(text).toMatch(/^ *5\n[\s\S]*^ *3\n[\s\S]*^ *1\n/m);
    // Each closing day under its round on the axis and again in the table's heading.
    for (const day of text.match(/\d{4}-\d{2}-\d{2}/g)!.slice(0, 3)) expect(text.split(day).length - 1).toBe(2);
    // The heading stays on the page of its chart.
    expect(text.indexOf('Udvikling over tid')).toBeLessThan(text.indexOf('Ledelsesevaluering 2023'));
    expect(text).toContain('━━');
    expect(text).toContain('Ændring');
    execFileSync('pdftoppm', ['-f', String(found), '-l', String(found), '-png', '-r', '110', file, join(SCREENSHOT_DIR, 'trends-leader-pdf')]);
  });

  it("lets the admin see how each unit of 2025 is followed back and map one, in Danish", async () => {
    const admin = await openBrowser();
    try {
      const { page } = admin;
      await signIn(page, spejl.url, spejl.admin);
      await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Målinger' }).click();
      await page.getByRole('link', { name: 'Ledelsesevaluering 2025' }).click();
      await page.getByTestId('round-units-link').click();
      await page.getByRole('heading', { level: 1, name: 'Enheder over tid' }).waitFor();
      const table = page.getByTestId('unit-mapping');
      await table.waitFor();
      // The demo has no unit codes: every unit is followed back by its leader.
      const own = table.locator('tbody tr', { hasText: leader.name });
      expect(await own.locator('td.matched').innerText()).toMatch(/^ved samme leder: /);
      await page.getByTestId('save-mappings').click();
      await page.getByText(/tilknytninger er gemt for Ledelsesevaluering 2024/).waitFor();
      await settle(page);
      expect(seriousViolations(await admin.axe())).toEqual([]);
      await admin.screenshot('trends-unit-mapping');
    } finally {
      await admin.close();
    }
  });
});
