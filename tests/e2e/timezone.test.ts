import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, ensureSurveyBuilt, openBrowser, SCREENSHOT_DIR, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

/** The browsers here are in New York: what they show must still be the organisation's Copenhagen time. */
const BROWSER_ZONE = 'America/New_York';

/** A moment's time of day as a Danish clock in a zone shows it: "03.30". */
const clock = (at: Date, timeZone: string) => new Intl.DateTimeFormat('da-DK', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

describe.skipIf(!chromiumAvailable)("times in the tenant's time zone, whatever the browser's", () => {
  let spejl: RunningSpejl;
  let admin: BrowserSession;
  let operator: BrowserSession;
  let closesAt: Date;

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    admin = await openBrowser({ timezoneId: BROWSER_ZONE });
    operator = await openBrowser({ timezoneId: BROWSER_ZONE });
    const round = await withTenant(spejl.db, spejl.demoTenant.id, (tx) => tx.selectFrom('rounds').select('closes_at').where('name', '=', 'Ledelsesevaluering 2026').executeTakeFirstOrThrow());
    closesAt = new Date(round.closes_at);
    // New York is five or six hours behind: the two clocks never agree.
    expect(clock(closesAt, 'Europe/Copenhagen')).not.toBe(clock(closesAt, BROWSER_ZONE));
  });
  afterAll(async () => {
    await admin?.close();
    await operator?.close();
    await spejl?.stop();
  });

  /** The demo round's invitation as the outbox keeps it, once the mail job has written it. */
  async function invitation(): Promise<{ text: string; createdAt: Date }> {
    for (let i = 0; i < 60; i++) {
      const mail = await withTenant(spejl.db, spejl.demoTenant.id, (tx) =>
        tx.selectFrom('mail_outbox').select(['text_body', 'created_at']).where('subject', '=', 'Ledelsesevaluering: Ledelsesevaluering 2026').orderBy('created_at').executeTakeFirst(),
      );
      if (mail) return { text: mail.text_body, createdAt: new Date(mail.created_at) };
      await new Promise((r) => setTimeout(r, 500)); // the mail job runs every few seconds
    }
    throw new Error('no invitation reached the outbox');
  }

  it('shows the console and the outbox mail agreeing on the Copenhagen time in a New York browser', async () => {
    const { page } = admin;
    await signIn(page, spejl.url, spejl.admin);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(BROWSER_ZONE);
    const copenhagen = clock(closesAt, 'Europe/Copenhagen');
    const mail = await invitation();
    // "indtil 21. december 2026 kl. 01.09": the day, too, is Copenhagen's.
    expect(mail.text).toContain(`indtil ${new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric' }).format(closesAt)} `);
    expect(mail.text).toContain(`kl. ${copenhagen}.`);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Målinger' }).click();
    const row = page.getByTestId('round-list').getByRole('row').filter({ hasText: 'Ledelsesevaluering 2026' });
    await row.waitFor();
    expect(await row.textContent()).toContain(copenhagen);
    expect(await row.textContent()).not.toContain(clock(closesAt, BROWSER_ZONE));
    await page.getByText('Tidspunkterne er organisationens tid (Europe/Copenhagen)', { exact: false }).waitFor();
    await settle(page);
    await admin.screenshot('timezone-rounds-new-york-browser');

    await row.getByRole('link', { name: 'Ledelsesevaluering 2026' }).click();
    await page.waitForURL('**/rounds/*');
    await page.getByText(`${copenhagen}`, { exact: false }).first().waitFor();
    await settle(page);
    await admin.screenshot('timezone-round-detail');

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udbakke' }).click();
    const list = page.getByTestId('mail-list');
    const shown = list.getByRole('row').filter({ hasText: 'Ledelsesevaluering: Ledelsesevaluering 2026' }).first();
    await shown.waitFor();
    // The outbox says when the mail was written on the same clock, and the mail says the Copenhagen closing time.
    expect(await shown.textContent()).toContain(clock(mail.createdAt, 'Europe/Copenhagen'));
    await shown.locator('summary').click();
    expect(await shown.locator('pre').textContent()).toContain(`kl. ${copenhagen}.`);
    expect(seriousViolations(await admin.axe())).toEqual([]);
    // The outbox holds hundreds of mails: the one opened is what to look at.
    await shown.screenshot({ path: join(SCREENSHOT_DIR, 'timezone-outbox-mail.png') });
  });

  it("reads the dates typed for a new round on Copenhagen's clocks, across the night summer time begins", async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Målinger' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Forår 2027');
    // 28 March 2027: Danish clocks go from 02.00 to 03.00 (01.00 UTC); New York moved two weeks before.
    await page.locator('input[name="round-opens"]').fill('2027-03-28T00:30');
    await page.locator('input[name="round-closes"]').fill('2027-03-28T03:30');
    await page.getByRole('button', { name: 'Opret kladde' }).click();
    await page.waitForURL('**/rounds/*');
    const round = await withTenant(spejl.db, spejl.demoTenant.id, (tx) => tx.selectFrom('rounds').select(['opens_at', 'closes_at']).where('name', '=', 'Forår 2027').executeTakeFirstOrThrow());
    expect(new Date(round.opens_at).toISOString()).toBe('2027-03-27T23:30:00.000Z');
    expect(new Date(round.closes_at).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    // …and shows them back as typed.
    await page.getByText('28. mar. 2027, 00.30', { exact: false }).first().waitFor();
    await page.getByText('28. mar. 2027, 03.30', { exact: false }).first().waitFor();
    await settle(page);
    await admin.screenshot('timezone-draft-across-dst');
  });

  it('shows the respondent the Copenhagen closing time in the survey, in a New York browser', async () => {
    const link = /https?:\/\/\S+\/s\/#\S+/.exec((await invitation()).text)?.[0];
    expect(link).toBeDefined();
    const phone = await admin.browser.newPage();
    await phone.goto(link!);
    const privacy = phone.getByRole('region', { name: 'Sådan bruges dine svar' });
    await privacy.waitFor();
    expect(await privacy.textContent()).toContain(`kl. ${clock(closesAt, 'Europe/Copenhagen')}`);
    expect(await privacy.textContent()).not.toContain(`kl. ${clock(closesAt, BROWSER_ZONE)}`);
    await settle(phone);
    await admin.screenshot('timezone-survey', phone);
    await phone.close();
  });

  it('lets an operator choose another zone, refusing an unknown one in Danish, and the console follows it', async () => {
    const { page } = operator;
    await signIn(page, spejl.url, spejl.operator, 'tenants');
    await page.goto(`${spejl.url}/tenants/${spejl.demoTenant.id}`);
    const zone = page.getByLabel('Tidszone');
    await zone.waitFor();
    expect(await zone.inputValue()).toBe('Europe/Copenhagen');
    expect(seriousViolations(await operator.axe())).toEqual([]);

    await zone.fill('Europe/Kobenhavn');
    await page.getByTestId('tenant-save').click();
    await page.getByText('"Europe/Kobenhavn" er ikke en tidszone. Skriv den som et IANA-navn, fx Europe/Copenhagen.').first().waitFor();
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    await settle(page);
    await operator.screenshot('timezone-settings-unknown-zone');
    const stored = () => spejl.db.selectFrom('tenants').select('time_zone').where('id', '=', spejl.demoTenant.id).executeTakeFirstOrThrow();
    expect((await stored()).time_zone).toBe('Europe/Copenhagen');

    await zone.fill('asia/tokyo');
    await page.getByTestId('tenant-save').click();
    for (let i = 0; i < 40 && (await stored()).time_zone !== 'Asia/Tokyo'; i++) await new Promise((r) => setTimeout(r, 250));
    expect((await stored()).time_zone).toBe('Asia/Tokyo');

    // The admin's console now says Tokyo's time of day for the same round.
    const { page: adminPage } = admin;
    await adminPage.goto(`${spejl.url}/rounds`);
    const row = adminPage.getByTestId('round-list').getByRole('row').filter({ hasText: 'Ledelsesevaluering 2026' });
    await row.getByText(clock(closesAt, 'Asia/Tokyo'), { exact: false }).waitFor();
    await admin.screenshot('timezone-rounds-tokyo');
  });
});
