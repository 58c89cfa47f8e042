import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveFramingSettings } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, createDraftRound, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const ROUND = 'Forhåndsvist 2026';

describe.skipIf(!chromiumAvailable)("a round's preview as each respondent group, a test invitation to oneself, and the status after launch", () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId = '';
  /** A faggruppe of the demo's employees, given an example of its own. */
  let faggruppe = '';

  /** Rows launching would write for the round: a preview and a test invitation must write none. */
  const roundRows = () =>
    withTenant(spejl.db, spejl.demoTenant.id, async (tx) => {
      const count = async (table: 'round_respondents' | 'round_assignments' | 'round_forms' | 'round_messages') =>
        Number((await tx.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('round_id', '=', roundId).executeTakeFirstOrThrow()).n);
      return { respondents: await count('round_respondents'), assignments: await count('round_assignments'), forms: await count('round_forms'), messages: await count('round_messages') };
    });
  const testMails = () =>
    spejl.db.selectFrom('mail_outbox').select(['text_body']).where('to_address', '=', spejl.admin.email).where('subject', '=', `[TEST] Ledelsesevaluering: ${ROUND}`).orderBy('created_at').execute();
  const chooseOption = async (label: string) => {
    await session.page.locator('.n-base-select-option', { hasText: new RegExp(`^${label}$`) }).click();
    await session.page.locator('.n-base-select-menu').waitFor({ state: 'hidden' });
  };

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await withTenant(spejl.db, spejl.demoTenant.id, async (tx) => {
      faggruppe = (await tx.selectFrom('people').select('faggruppe').where('faggruppe', '<>', 'administration').where('faggruppe', 'is not', null).orderBy('person_id').executeTakeFirstOrThrow()).faggruppe!;
      await saveFramingSettings(tx, spejl.demoTenant.id, { defaultExample: null, faggruppeExamples: [{ faggruppe, example: { da: 'de borgere, vi møder hver dag' } }] });
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('previews a draft as an employee, the leader and the superior — their wording, the faggruppe\'s example, the invitation — and writes nothing', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/rounds`);
    roundId = await createDraftRound(page, ROUND);

    await page.getByTestId('round-preview-as-employee').click();
    const preview = page.getByTestId('round-preview');
    await preview.getByTestId('preview-about').filter({ hasText: /^Om din leder, \S/ }).waitFor();
    await preview.getByTestId('preview-notice').filter({ hasText: 'Forhåndsvisning: Svar kan ikke sendes herfra, og intet tæller med.' }).waitFor();
    await preview.getByTestId('preview-forms').filter({ hasText: /^\d+ spørgeskemaer i målingen ser sådan ud\. Opgjort på det nuværende hierarki\.$/ }).waitFor();
    const invitation = preview.getByTestId('preview-invitation');
    await invitation.getByText(`Ledelsesevaluering: ${ROUND}`).waitFor();
    expect(await invitation.textContent()).toContain('[personligt link – kun til modtageren]');
    expect(await preview.getByTestId('preview-statement').first().textContent()).toBe('Min leder skaber en kultur, hvor vi sætter borgeren først i vores arbejde.');

    await page.getByTestId('preview-faggruppe').click();
    await chooseOption(faggruppe);
    await preview.getByTestId('preview-intro').filter({ hasText: 'tænker vi både på fx de borgere, vi møder hver dag som en bred gruppe' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('round-preview-employee');

    await page.getByTestId('preview-role-self').click();
    await preview.getByTestId('preview-about').filter({ hasText: 'Om dig selv som leder' }).waitFor();
    await preview.getByTestId('preview-intro').filter({ hasText: 'De næste spørgsmål handler om dit eget fokus' }).waitFor();
    await settle(page);
    await session.screenshot('round-preview-self');

    await page.getByTestId('preview-role-superior').click();
    await preview.getByTestId('preview-about').filter({ hasText: /^Om \S.*, som du er overordnet leder for$/ }).waitFor();
    await preview.getByTestId('preview-statement').first().filter({ hasText: 'Lederen skaber en kultur, hvor medarbejderne sætter borgeren først i deres arbejde.' }).waitFor();
    expect(await preview.textContent()).not.toContain('{{');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('round-preview-superior');
    expect(await roundRows()).toEqual({ respondents: 0, assignments: 0, forms: 0, messages: 0 });
  });

  it('sends the admin a test invitation whose link opens the preview, and says in Danish when the hour\'s five are used', async () => {
    const { page } = session;
    const send = page.getByTestId('send-test-invitation');
    await send.click();
    await page.getByText(`Testinvitationen er sendt til ${spejl.admin.email}. Den ligger også i udbakken.`).waitFor();
    const [mail] = await testMails();
    expect(mail?.text_body).toMatch(/^TEST – Denne invitation har du sendt til dig selv/);
    const link = /https?:\/\/\S+\/rounds\/\S+\/preview\?tenant=\S+/.exec(mail?.text_body ?? '')?.[0];
    expect(link).toBe(`${spejl.url}/rounds/${roundId}/preview?tenant=${spejl.demoTenant.id}`);

    const opened = await session.browser.newPage();
    await opened.goto(link!);
    await opened.getByRole('heading', { level: 1, name: `Forhåndsvisning: ${ROUND}` }).waitFor();
    await opened.getByTestId('preview-about').filter({ hasText: /^Om din leder, / }).waitFor();
    await settle(opened);
    expect(seriousViolations(await session.axe(opened))).toEqual([]);
    await session.screenshot('round-preview-from-mail', opened);
    await opened.close();

    const idle = () => page.waitForFunction(() => !document.querySelector('[data-testid="send-test-invitation"]')?.classList.contains('n-button--loading'));
    for (let i = 2; i <= 5; i++) {
      await send.click();
      await expect.poll(async () => (await testMails()).length).toBe(i);
      await idle();
    }
    await send.click();
    await page.getByText(/^Du har sendt 5 testinvitationer inden for den seneste time\. Vent \d+ minut(ter)?, og prøv igen\.$/).waitFor();
    expect(await testMails()).toHaveLength(5);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('round-test-invitation-limit');
    expect(await roundRows()).toEqual({ respondents: 0, assignments: 0, forms: 0, messages: 0 });
  });

  it('says the round is open right after launch and closed right after closing, without a reload; reminders planned after the close were not sent', async () => {
    const { page } = session;
    // Set on this page load only: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const status = page.locator('.page-header .intro');
    expect(await status.textContent()).toBe('Kladde');
    // What the page says about the round the moment it announces the launch (before any refetch lands).
    await page.evaluate(() => {
      const seen = new MutationObserver(() => {
        if (!document.body.textContent?.includes('Målingen er startet')) return;
        Object.assign(window, { statusAtLaunch: document.querySelector('.page-header .intro')?.textContent });
        seen.disconnect();
      });
      seen.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByTestId('round-launch').click();
    await page.getByRole('dialog', { name: `Start målingen "${ROUND}"?` }).getByRole('button', { name: 'Start og send invitationer' }).click();
    await page.getByText(/^Målingen er startet: \d+ ledere, \d+ respondenter, \d+ spørgeskemaer\.$/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { statusAtLaunch?: string }).statusAtLaunch)).toBe('Åben');
    await status.filter({ hasText: /^Åben$/ }).waitFor({ timeout: 5_000 });
    // An open round can still be previewed and tested.
    await page.getByTestId('round-preview-as-employee').waitFor();
    expect(await page.getByTestId('round-reminders').textContent()).toMatch(/\(planlagt\)/);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('round-preview-launched');

    await page.getByTestId('round-close').click();
    await page.getByRole('dialog', { name: `Luk målingen "${ROUND}" nu?` }).getByRole('button', { name: 'Luk målingen' }).click();
    await status.filter({ hasText: /^Lukket$/ }).waitFor({ timeout: 5_000 });
    const reminders = await page.getByTestId('round-reminders').textContent();
    expect(reminders).toContain('(ikke sendt: målingen lukkede før)');
    expect(reminders).not.toContain('planlagt');
    expect(await page.getByTestId('round-preview-as-employee').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('round-preview-closed');
  });
});
