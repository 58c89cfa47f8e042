import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkKeyFromEnv, personalToken } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, ensureSurveyBuilt, openBrowser, settle, signIn, startSpejl, SCREENSHOT_DIR, type BrowserSession, type RunningSpejl } from './harness.ts';

/*
 * The Content-Security-Policy in a real browser (issue 11, item 11): the console, the survey app
 * and a downloaded HTML report load and work under their policies with not one violation or
 * console error, and markup that slipped in still could not run a script.
 */

// The same key for the demo's links (made in this process at seeding) and the link this test opens.
process.env.SPEJL_LINK_SECRET ??= 'e2e-csp-link-secret-0123456789-abcdefghijklmnop';

/** Everything a page complained about: CSP violations (as the page's event reports them) and console errors. */
interface Complaints { violations: string[]; errors: string[] }

async function watch(page: Page): Promise<Complaints> {
  const complaints: Complaints = { violations: [], errors: [] };
  await page.exposeFunction('reportCspViolation', (text: string) => complaints.violations.push(text));
  // An init script runs through the DevTools protocol, so the page's own policy does not stop it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportCspViolation(t: string): Promise<void> }).reportCspViolation(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (message) => { if (message.type() === 'error') complaints.errors.push(message.text()); });
  page.on('pageerror', (error) => complaints.errors.push(error.message));
  return complaints;
}

/** Proves the watch sees a refusal: an inline script put into the page is neither run nor unnoticed. */
async function injectedScriptIsRefused(page: Page, complaints: Complaints): Promise<void> {
  const before = complaints.violations.length;
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
  });
  expect(ran, 'an inline script ran').toBe(false);
  await expect.poll(() => complaints.violations.length).toBeGreaterThan(before);
  expect(complaints.violations.slice(before).join('\n')).toMatch(/script-src/);
  complaints.violations.splice(before);
  complaints.errors.splice(0); // Chromium also logs the refusal it was asked to make
}

/** Markup that slipped in cannot style the console either: a parsed <style> has no nonce. */
async function injectedStyleIsRefused(page: Page, complaints: Complaints): Promise<void> {
  const before = complaints.violations.length;
  const applied = await page.evaluate(async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<style>body { outline: 7px solid red }</style>';
    document.body.append(holder);
    await new Promise((r) => setTimeout(r, 100));
    return getComputedStyle(document.body).outlineWidth === '7px';
  });
  expect(applied, 'an injected style applied').toBe(false);
  await expect.poll(() => complaints.violations.length).toBeGreaterThan(before);
  expect(complaints.violations.slice(before).join('\n')).toMatch(/style-src/);
  complaints.violations.splice(before);
  complaints.errors.splice(0);
}

describe.skipIf(!chromiumAvailable)('the Content-Security-Policy in the browser', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('renders every page of the console under its policy without a violation or console error', async () => {
    const page = await session.browser.newPage();
    const complaints = await watch(page);
    const first = await page.goto(`${spejl.url}/login`);
    expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(first?.headers()['content-security-policy']).toMatch(/style-src 'self' 'nonce-[^']+';/);
    await signIn(page, spejl.url, spejl.admin);
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    const links = await menu.getByRole('link').evaluateAll((as) => as.map((a) => ({ name: a.textContent?.trim() ?? '', href: (a as HTMLAnchorElement).pathname })));
    expect(links.length).toBeGreaterThan(4);
    for (const { name, href } of links) {
      await menu.getByRole('link', { name, exact: true }).click();
      await page.waitForURL(`**${href}`);
      await settle(page);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await session.screenshot(`csp-console-${href.split('/').filter(Boolean).at(-1) ?? 'home'}`, page);
      expect(complaints, `after opening ${name} (${href})`).toEqual({ violations: [], errors: [] });
    }
    await injectedScriptIsRefused(page, complaints);
    await injectedStyleIsRefused(page, complaints);
    await page.close();
  });

  it('shows a leader report with its charts, and downloads an HTML report that runs no script even when markup slipped in', async () => {
    const page = await session.browser.newPage();
    const complaints = await watch(page);
    await page.goto(`${spejl.url}/overview`);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Resultater' }).click();
    await page.getByRole('link', { name: 'Ledelsesevaluering 2025' }).click();
    await page.getByTestId('leader-list').getByRole('link', { name: 'Lederrapport' }).first().click();
    const report = page.getByTestId('report-document');
    await report.getByRole('table').first().waitFor();
    await expect.poll(() => report.locator('svg').count()).toBeGreaterThan(0);
    await settle(page);
    await session.screenshot('csp-console-leader-report', page);
    expect(complaints).toEqual({ violations: [], errors: [] });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent HTML' }).click()]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'/);
    // As if a name had slipped past escaping: a script, an inline handler and a javascript: link.
    const tampered = html.replace('</main>', `<script>document.title = 'ran'</script><img src="x" onerror="document.title = 'ran'"><a id="js" href="javascript:document.title='ran'">x</a></main>`);
    const file = join(SCREENSHOT_DIR, 'csp-report-tampered.html');
    writeFileSync(file, tampered);
    const opened = await session.browser.newPage();
    const reportComplaints = await watch(opened);
    await opened.goto(`file://${file}`);
    await opened.locator('#js').click();
    await opened.getByRole('heading', { level: 1 }).waitFor();
    expect(await opened.locator('svg').count()).toBeGreaterThan(0);
    await expect.poll(() => reportComplaints.violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);
    expect(await opened.title()).not.toBe('ran');
    // Refused: the script element, the onerror handler, the javascript: link — and the image from outside.
    const refused = reportComplaints.violations.join('\n');
    expect(refused).toMatch(/script-src-elem/);
    expect(refused).toMatch(/script-src-attr/);
    expect(reportComplaints.violations.every((v) => /^(script-src|img-src)/.test(v)), refused).toBe(true);
    await session.screenshot('csp-report-html', opened);
    await opened.close();
    await page.close();
  });

  it('lets a respondent open and answer the survey under its policy without a violation or console error', async () => {
    const page = await session.browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const complaints = await watch(page);
    const tenantId = spejl.demoTenant.id;
    const salt = await withTenant(spejl.db, tenantId, (tx) =>
      tx.selectFrom('round_respondents as r')
        .innerJoin('rounds as d', (j) => j.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.id', '=', 'r.round_id'))
        .select('r.link_salt')
        .where('d.status', '=', 'open')
        .where('r.person_id', 'not in', (eb) => eb.selectFrom('round_assignments').select('person_id').where('finished_at', 'is not', null))
        .orderBy('r.person_id')
        .executeTakeFirstOrThrow());
    const response = await page.goto(`${spejl.url}/s/#${personalToken(linkKeyFromEnv(), tenantId, salt.link_salt)}`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self';");
    await page.getByRole('heading', { name: /^Hej / }).waitFor();
    await settle(page);
    await session.screenshot('csp-survey-overview', page);
    await page.getByRole('button', { name: 'Start' }).first().click();
    await page.getByText('Hvor enig er du i følgende udsagn?').first().waitFor();
    await page.getByText('Enig', { exact: true }).first().click();
    await page.getByText('Gemt').first().waitFor({ timeout: 10_000 });
    await settle(page);
    await session.screenshot('csp-survey-form', page);
    expect(complaints).toEqual({ violations: [], errors: [] });
    await injectedScriptIsRefused(page, complaints);
    await page.close();
  });
});
