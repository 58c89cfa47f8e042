import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRound, hierarchySnapshots, launchRound, linkKeyFromEnv, printLetters, tenantThemes, themeSourceOf, type LetterBatch } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { themes } from '@spejl/plugin-registry';
import { chromiumAvailable, ensureSurveyBuilt, openBrowser, PHONE, seriousViolations, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

/*
 * Respondents without e-mail (issue 17): one types the code from their letter on their phone, one
 * scans the letter's QR code, one answers on a shared tablet (/s/kiosk), which afterwards holds
 * nothing: no storage, no cookie, and Back shows nothing of theirs.
 */

describe.skipIf(!chromiumAvailable)('printed letters: answering with a code', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let batch: LetterBatch;
  let roundId = '';
  const letterOf = (i: number) => batch.letters[i]!;

  /** Answers the one form behind the overview and sends it. */
  async function answerAndSend(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Start' }).click();
    const items = page.getByRole('group');
    await items.first().waitFor();
    const count = await items.count();
    for (let i = 0; i < count; i++) await items.nth(i).getByLabel('Enig', { exact: true }).check();
    await page.getByRole('button', { name: 'Send besvarelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tak – din besvarelse er modtaget' }).waitFor();
  }

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    session = await openBrowser();
    const tenantId = spejl.demoTenant.id;
    batch = await withTenant(spejl.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Breve 2026', themes: [{ id: 'borgerorientering' }] }, themeSourceOf(await tenantThemes(tx, themes)));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() });
      roundId = round.id;
      // Three employees whose only form is about their own leader.
      const only = await tx.selectFrom('round_assignments').select('person_id').where('round_id', '=', round.id)
        .groupBy('person_id').having((eb) => eb.fn.count('slot'), '=', 1).orderBy('person_id').limit(40).execute();
      const employees = await tx.selectFrom('round_assignments').select('person_id').where('round_id', '=', round.id).where('role', '=', 'employee')
        .where('person_id', 'in', only.map((o) => o.person_id)).orderBy('person_id').limit(3).execute();
      // They have no e-mail address at this workplace.
      await tx.updateTable('round_respondents').set({ email: null }).where('round_id', '=', round.id).where('person_id', 'in', employees.map((e) => e.person_id)).execute();
      return printLetters(tx, tenantId, null, { linkKey: linkKeyFromEnv(), publicUrl: spejl.url }, { roundId: round.id, personIds: employees.map((e) => e.person_id) });
    });
    expect(batch.letters).toHaveLength(3);
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('opens the survey from a code typed on a phone, after saying plainly that a mistyped one is wrong', async () => {
    const phone = await session.browser.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(`${spejl.url}/s/`);
    await phone.getByRole('heading', { level: 1, name: 'Skriv din kode' }).waitFor();
    const field = phone.getByLabel('Din personlige kode');
    await field.fill('ABCD-EFGH-JKM0');
    await phone.getByRole('button', { name: 'Åbn spørgeskemaet' }).click();
    await phone.getByRole('alert').getByText(/Koden har 12 tegn/).waitFor();
    await field.fill('ABCD-EFGH-JKMN');
    await phone.getByRole('button', { name: 'Åbn spørgeskemaet' }).click();
    await phone.getByRole('alert').getByText(/Vi kan ikke finde et spørgeskema til denne kode/).waitFor();
    expect(seriousViolations(await session.axe(phone))).toEqual([]);
    await session.screenshot('letters-code-wrong', phone);

    // Typed as people type: small letters, spaces for dashes.
    await field.fill(letterOf(0).code.toLowerCase().replaceAll('-', ' '));
    await phone.getByRole('button', { name: 'Åbn spørgeskemaet' }).click();
    await phone.getByRole('heading', { level: 1, name: `Hej ${letterOf(0).name}` }).waitFor();
    expect(phone.url()).toBe(`${spejl.url}/s/`);
    await session.screenshot('letters-code-overview', phone);
    await answerAndSend(phone);
    await session.screenshot('letters-code-receipt', phone);
    await phone.close();
  });

  it('opens the survey from the QR code\'s address and from the typed address, and takes the code out of the address bar', async () => {
    const phone = await session.browser.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(letterOf(1).qrUrl);
    await phone.getByRole('heading', { level: 1, name: `Hej ${letterOf(1).name}` }).waitFor();
    expect(phone.url()).toBe(`${spejl.url}/s/`);
    await answerAndSend(phone);
    await phone.goto(letterOf(1).typedUrl);
    await phone.getByText('Du har sendt alle dine besvarelser. Tak!').waitFor();
    expect(phone.url()).toBe(`${spejl.url}/s/`);
    await session.screenshot('letters-qr-overview', phone);
    await phone.close();
  });

  it('keeps nothing on a shared tablet: after sending it is back at the code page with no storage, cookie or history of the answers', async () => {
    const kiosk = await openBrowser({ phone: true });
    try {
      const tablet = kiosk.page;
      const context: BrowserContext = kiosk.browser;
      await tablet.goto(`${spejl.url}/s/kiosk`);
      await tablet.getByRole('heading', { level: 1, name: 'Skriv din kode' }).waitFor();
      await tablet.getByText(/Denne skærm er fælles/).waitFor();
      await tablet.getByLabel('Din personlige kode').fill(letterOf(2).code);
      await tablet.getByRole('button', { name: 'Åbn spørgeskemaet' }).click();
      await tablet.getByRole('heading', { level: 1, name: `Hej ${letterOf(2).name}` }).waitFor();
      await tablet.getByTestId('kiosk-notice').waitFor();
      expect(seriousViolations(await kiosk.axe(tablet))).toEqual([]);
      await kiosk.screenshot('letters-kiosk-overview', tablet);
      await answerAndSend(tablet);
      await tablet.getByText('Skærmen starter forfra om et øjeblik, så den næste kan svare.').waitFor();
      await kiosk.screenshot('letters-kiosk-receipt', tablet);
      await tablet.getByRole('button', { name: 'Færdig – giv skærmen videre' }).click();
      await tablet.waitForURL(`${spejl.url}/s/kiosk`);
      await tablet.getByRole('heading', { level: 1, name: 'Skriv din kode' }).waitFor();
      expect(await tablet.getByLabel('Din personlige kode').inputValue()).toBe('');

      const kept = await tablet.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        databases: (await indexedDB.databases()).map((d) => d.name),
        cookie: document.cookie,
      }));
      expect(kept).toEqual({ local: [], session: [], databases: [], cookie: '' });
      expect(await context.cookies(spejl.url)).toEqual([]);
      // Back leads to no one's answers.
      await tablet.goBack().catch(() => null);
      await tablet.waitForTimeout(500);
      expect(await tablet.getByText(letterOf(2).name).count()).toBe(0);
      expect(await tablet.getByRole('radio').count()).toBe(0);
      await kiosk.screenshot('letters-kiosk-after', tablet);
    } finally {
      await kiosk.close();
    }
  });

  it('lets the admin print the letters again from the round\'s page, as one PDF, which voids the earlier codes', async () => {
    const page = await session.browser.newPage();
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/rounds/${roundId}`);
    const panel = page.getByTestId('round-letters');
    await panel.getByText('3 respondenter har ingen e-mailadresse.', { exact: false }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await session.screenshot('letters-admin-panel', page);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Udskriv breve (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('invitationer-3.pdf');
    const text = execFileSync('pdftotext', [(await download.path())!, '-']).toString('utf8');
    for (const l of batch.letters) {
      expect(text).toContain(`Kære ${l.name}`);
      expect(text.replace(/ /g, '')).not.toContain(l.code);
    }
    await panel.getByRole('status').getByText('Brevene er hentet: 3 breve.').waitFor();
    await page.close();
  });
});
