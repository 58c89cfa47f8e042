import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, ensureSurveyBuilt, openBrowser, PHONE, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; type: string; name: string }) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName ?? '', text: a?.textContent?.trim() ?? '', type: a?.type ?? '', name: a?.name ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('the keyboard could not reach the element');
}

describe.skipIf(!chromiumAvailable)('a survey round from launch to answers, on a phone', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId = '';
  /** The link whose form the respondent answered and sent from this browser. */
  let answeredLink = '';

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  /** The personal link mailed to someone whose only form is about their own leader. */
  async function linkOfAnEmployee(skip = 0): Promise<{ link: string; leader: string }> {
    const tenantId = spejl.demoTenant.id;
    for (let i = 0; i < 40; i++) {
      const found = await withTenant(spejl.db, tenantId, async (tx) => {
        const single = await tx
          .selectFrom('round_assignments as a')
          .innerJoin('round_respondents as s', (j) => j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.round_id', '=', 'a.round_id').onRef('s.person_id', '=', 'a.subject_id'))
          .innerJoin('round_respondents as p', (j) => j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.round_id', '=', 'a.round_id').onRef('p.person_id', '=', 'a.person_id'))
          .select(['p.email', 's.name as leader'])
          .where('a.round_id', '=', roundId)
          .where('a.role', '=', 'employee')
          .where('a.person_id', 'not in', (eb) => eb.selectFrom('round_assignments').select('person_id').where('round_id', '=', roundId).where('role', '<>', 'employee'))
          .orderBy('a.person_id')
          .offset(skip)
          .limit(1)
          .executeTakeFirst();
        // The demo has a round of its own: take this round's invitation.
        const mail = single?.email ? await tx.selectFrom('mail_outbox').select('text_body').where('to_address', '=', single.email).where('subject', '=', 'Din stemme tæller: Forår 2026').executeTakeFirst() : undefined;
        const link = mail ? /https?:\/\/\S+\/s\/#\S+/.exec(mail.text_body)?.[0] : undefined;
        return link && single ? { link, leader: single.leader } : null;
      });
      if (found) return found;
      await new Promise((r) => setTimeout(r, 500)); // the mail job runs every few seconds
    }
    throw new Error('no invitation reached the outbox');
  }

  const leadersIn = (text: string | null) => Number(/(\d+) ledere evalueres/.exec(text ?? '')?.[1] ?? Number.NaN);

  it('lets the tenant admin create and launch a round in the console', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Målinger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Målinger' }).waitFor();
    // The switched-on themes come ticked; a missing name is caught in Danish before any request.
    expect(await page.getByLabel(/Borgerorientering/).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Opret kladde' }).click();
    await page.getByText('Giv målingen et navn.').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('round-name');
    await session.screenshot('survey-console-create-form');
    // What the scope would ask is counted live; choosing a level narrows it.
    const summary = page.getByTestId('scope-summary');
    const everyone = leadersIn(await summary.getByText(/ledere evalueres/).textContent());
    await page.getByLabel('Hvem evalueres').selectOption('levels');
    await page.getByTestId('round-levels').getByLabel(/Niveau 2 \(/).check();
    await page.waitForFunction((n) => /^(\d+) ledere evalueres/.exec(document.querySelector('[data-testid="scope-summary"]')?.textContent?.trim() ?? '')?.[1] !== String(n), everyone);
    expect(leadersIn(await summary.getByText(/ledere evalueres/).textContent())).toBeLessThan(everyone);
    await session.screenshot('survey-console-create-levels');
    await page.getByLabel('Hvem evalueres').selectOption('all');
    await page.getByLabel('Navn', { exact: true }).fill('Forår 2026');
    // This round asks one theme only, so a form has four statements.
    for (const box of await page.locator('input[name="round-theme"]').all()) await box.uncheck();
    await page.getByLabel(/Borgerorientering/).check();
    await page.getByRole('button', { name: 'Opret kladde' }).click();
    await page.waitForURL('**/rounds/*');
    roundId = page.url().split('/').at(-1) ?? '';
    // The draft's invitation text can be edited before launch; axe checks the editor too.
    const texts = page.getByTestId('round-texts');
    await texts.getByLabel('Emne (dansk)').first().fill('Din stemme tæller: {{round}}');
    await texts.getByRole('button', { name: 'Gem tekster og påmindelser' }).click();
    await page.getByText('Teksterne og påmindelserne er gemt.').waitFor();
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('survey-console-draft');
    // Launching asks first: a labelled dialog takes focus, Escape backs out and nothing starts.
    await page.getByTestId('round-launch').click();
    const ask = page.getByRole('dialog', { name: 'Start målingen "Forår 2026"?' });
    await ask.getByText(/Hierarkiet fryses/).waitFor();
    expect(await ask.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });
    expect(await page.getByText('Kladde', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByTestId('round-launch').click();
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('survey-console-confirm-launch');
    const promised = leadersIn(await ask.getByText(/ledere evalueres/).textContent());
    await ask.getByRole('button', { name: 'Start og send invitationer' }).click();
    await page.getByText(`Målingen er startet: ${promised} ledere`, { exact: false }).waitFor();
    await page.getByTestId('round-rate').getByText(/^Besvarede spørgeskemaer: 0 af \d+/).waitFor();
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('survey-console-launched');
  });

  it('answers part of a form from the mailed link, leaves, comes back and finishes; the console rate moves', async () => {
    const { link, leader } = await linkOfAnEmployee();
    answeredLink = link;
    // The organisation's logo stands beside its name, which stays in the header.
    const logo = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="36"><rect width="120" height="36" fill="#1f4e79"/><circle cx="18" cy="18" r="12" fill="#f2c14e"/></svg>').toString('base64')}`;
    await spejl.db.updateTable('tenants').set({ branding: JSON.stringify({ logoDataUrl: logo }) }).where('id', '=', spejl.demoTenant.id).execute();
    const phone = await session.browser.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
    await phone.getByRole('heading', { name: 'Sådan bruges dine svar' }).waitFor();
    await phone.getByText(/vises kun samlet, og kun når mindst 5 medarbejdere har svaret/).waitFor();
    const header = phone.locator('header');
    await header.getByText(spejl.demoTenant.name, { exact: true }).waitFor();
    expect(await header.locator('img').getAttribute('alt')).toBe('');
    // On a phone the title and the language button wrap apart rather than touch.
    const title = await header.getByText('Ledelsesevaluering').boundingBox();
    const language = await header.getByRole('button', { name: 'Read in English' }).boundingBox();
    expect(title && language).toBeTruthy();
    if (title && language) {
      const apart = title.x + title.width + 8 <= language.x || title.y + title.height <= language.y || language.y + language.height <= title.y;
      expect(apart).toBe(true);
    }
    expect(seriousViolations(await session.axe(phone))).toEqual([]);
    await session.screenshot('survey-phone-overview', phone);

    await phone.getByRole('button', { name: 'Start' }).click();
    await phone.getByText(`Om din leder, ${leader}`).waitFor();
    const items = phone.getByRole('group');
    await items.nth(0).getByLabel('Enig', { exact: true }).check();
    await items.nth(1).getByLabel('Ved ikke').check();
    await phone.getByText('2 af 4 udsagn besvaret').waitFor();
    // Not a word about unanswered statements before the respondent reaches the end or tries to send.
    expect(await phone.getByText(/Du har ikke svaret på/).count()).toBe(0);
    // Saved without pressing anything, and said so politely.
    await phone.getByRole('status').getByText('Gemt', { exact: true }).waitFor();
    expect(await phone.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    expect(seriousViolations(await session.axe(phone))).toEqual([]);
    await session.screenshot('survey-phone-form', phone);

    // Leaving and coming back (here: reloading) finds the answers kept.
    await phone.reload();
    await phone.getByText('Påbegyndt – ikke sendt').waitFor();
    await phone.getByRole('button', { name: 'Fortsæt' }).click();
    expect(await items.nth(0).getByLabel('Enig', { exact: true }).isChecked()).toBe(true);
    expect(await items.nth(1).getByLabel('Ved ikke').isChecked()).toBe(true);

    // The phone's Back button inside a form returns to the overview, saving first.
    await items.nth(2).getByLabel('Helt enig').check();
    await phone.goBack();
    await phone.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
    expect(phone.url()).toBe(link);
    await phone.getByRole('button', { name: 'Fortsæt' }).click();
    expect(await items.nth(2).getByLabel('Helt enig').isChecked()).toBe(true);
    await phone.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
    await phone.getByText('Påbegyndt – ikke sendt').waitFor();
    await phone.close();

    const back = await session.browser.newPage();
    await back.setViewportSize(PHONE);
    await back.goto(link);
    await back.getByRole('button', { name: 'Fortsæt' }).click();
    const again = back.getByRole('group');
    expect(await again.nth(0).getByLabel('Enig', { exact: true }).isChecked()).toBe(true);
    expect(await again.nth(1).getByLabel('Ved ikke').isChecked()).toBe(true);
    expect(await again.nth(2).getByLabel('Helt enig').isChecked()).toBe(true);
    // Sending with a statement unanswered asks once, saying how many.
    await back.getByRole('button', { name: 'Send besvarelse' }).click();
    await back.getByText('Du har ikke svaret på 1 udsagn.', { exact: false }).waitFor();
    expect(seriousViolations(await session.axe(back))).toEqual([]);
    await session.screenshot('survey-phone-form-blanks', back);
    await again.nth(3).getByLabel('Uenig', { exact: true }).check();
    expect(await back.getByText(/Du har ikke svaret på/).count()).toBe(0);
    await back.getByRole('button', { name: 'Send besvarelse' }).click();
    await back.getByRole('heading', { level: 1, name: 'Tak – din besvarelse er modtaget' }).waitFor();
    await back.getByText(/Du kan rette dine svar via dit link i denne browser indtil/).waitFor();
    // The leader's name keeps its capitals inside the sentence.
    await back.getByText(`Din besvarelse om din leder, ${leader}, blev modtaget`, { exact: false }).waitFor();
    expect(seriousViolations(await session.axe(back))).toEqual([]);
    await session.screenshot('survey-phone-receipt', back);
    await back.getByRole('button', { name: 'Tilbage til oversigten' }).click();
    await back.getByText('Du har sendt alle dine besvarelser. Tak!').waitFor();
    await back.close();

    const { page } = session;
    await page.getByTestId('round-rate').getByText(/^Besvarede spørgeskemaer: 1 af \d+/).waitFor({ timeout: 20_000 });
    await session.screenshot('survey-console-rate');
  });

  it('shows someone else holding the same link (another browser) that the form was sent, with no answers and no way to change them', async () => {
    // An admin who read the invitation in the outbox, on their own machine.
    const admin = await openBrowser();
    try {
      const other = admin.page;
      await other.setViewportSize(PHONE);
      await other.goto(answeredLink);
      await other.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
      const card = other.getByTestId('other-device-0');
      await card.getByText('Sendt fra en anden enhed eller en anden browser. Af hensyn til din anonymitet kan svarene ikke vises eller ændres her.').waitFor();
      await other.getByText('Sendt', { exact: true }).waitFor();
      // No way into the form, so no answer is on the page or in what the page was sent.
      expect(await other.getByRole('button', { name: /Ret svar|Fortsæt|Start/ }).count()).toBe(0);
      expect(await other.getByRole('radio').count()).toBe(0);
      const sent = await other.evaluate(async () => {
        const token = location.hash.slice(1);
        const response = await fetch('/s/api/survey', { headers: { authorization: `Bearer ${token}` } });
        return ((await response.json()) as { forms: { answers: unknown }[] }).forms.map((f) => f.answers);
      });
      expect(sent).toEqual([null]);
      expect(seriousViolations(await admin.axe(other))).toEqual([]);
      await admin.screenshot('survey-phone-other-browser', other);
      await other.getByRole('button', { name: 'Read in English' }).click();
      await other.getByText('Sent from another device or another browser. For your anonymity its answers cannot be shown or changed here.').waitFor();
    } finally {
      await admin.close();
    }
    // The respondent's own browser still shows the answers.
    const own = await session.browser.newPage();
    await own.setViewportSize(PHONE);
    await own.goto(answeredLink);
    await own.getByRole('button', { name: 'Ret svar' }).click();
    expect(await own.getByRole('group').nth(0).getByLabel('Enig', { exact: true }).isChecked()).toBe(true);
    await own.close();
  });

  it('can be answered with the keyboard alone, in English on request', async () => {
    const { link } = await linkOfAnEmployee(1);
    const kb = await session.browser.newPage();
    await kb.setViewportSize(PHONE);
    await kb.goto(link.replace('/s/#', '/s/?lang=en#'));
    await kb.getByRole('heading', { level: 1, name: /^Hello / }).waitFor();
    await settle(kb);
    expect(seriousViolations(await session.axe(kb))).toEqual([]);
    await tabTo(kb, (el) => el.tag === 'BUTTON' && el.text === 'Start');
    await kb.keyboard.press('Enter');
    await kb.getByText('0 of 4 statements answered').waitFor();
    for (let i = 0; i < 4; i++) {
      // Tab into the next statement's options; arrow keys choose within it (Helt uenig → Enig).
      await tabTo(kb, (el) => el.tag === 'INPUT' && el.type === 'radio');
      await kb.keyboard.press('Space');
      for (let k = 0; k < 3; k++) await kb.keyboard.press('ArrowDown');
    }
    await kb.getByText('4 of 4 statements answered').waitFor();
    await tabTo(kb, (el) => el.tag === 'BUTTON' && el.text === 'Send answers');
    await kb.keyboard.press('Enter');
    await kb.getByRole('heading', { level: 1, name: 'Thank you – your answers have been received' }).waitFor();
    expect(await kb.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await session.screenshot('survey-phone-keyboard-receipt', kb);
    await kb.close();
  });

  it('keeps an answer given just before the page is closed', async () => {
    const { link } = await linkOfAnEmployee(4);
    const quick = await session.browser.newPage();
    await quick.setViewportSize(PHONE);
    await quick.goto(link);
    await quick.getByRole('button', { name: 'Start' }).click();
    await quick.getByRole('group').nth(0).getByLabel('Uenig', { exact: true }).check();
    // Closed well inside the pause before the background save: the page's last request carries it.
    await quick.close({ runBeforeUnload: true });
    const again = await session.browser.newPage();
    await again.setViewportSize(PHONE);
    for (let i = 0; i < 10; i++) {
      await again.goto(link);
      await again.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
      if (await again.getByText('Påbegyndt – ikke sendt').count()) break;
      await new Promise((r) => setTimeout(r, 200)); // the closing page's request may land just after this one
    }
    await again.getByRole('button', { name: 'Fortsæt' }).click();
    expect(await again.getByRole('group').nth(0).getByLabel('Uenig', { exact: true }).isChecked()).toBe(true);
    await again.close();
  });

  it('stops the links when the round closes, with a clear message; one answering meanwhile learns the real date and that nothing was saved', async () => {
    const { link } = await linkOfAnEmployee(2);
    const answering = await linkOfAnEmployee(3);
    const busy = await session.browser.newPage();
    await busy.setViewportSize(PHONE);
    await busy.goto(answering.link);
    await busy.getByRole('button', { name: 'Start' }).click();
    const items = busy.getByRole('group');
    for (let i = 0; i < 4; i++) await items.nth(i).getByLabel('Enig', { exact: true }).check();

    const { page } = session;
    await page.getByTestId('round-close').click();
    const ask = page.getByRole('dialog', { name: 'Luk målingen "Forår 2026" nu?' });
    await ask.getByText(/spørgeskemaer er endnu ikke besvaret/).waitFor();
    await ask.getByText('Rapporterne bliver tilgængelige.').waitFor();
    await session.screenshot('survey-console-confirm-close');
    await ask.getByRole('button', { name: 'Luk målingen' }).click();
    await page.getByText('Lukket', { exact: true }).first().waitFor();

    // Closed today, days before its planned date: the respondent is told so, and that the answers were not saved.
    // The autosave may meet the close first (closing waits for the tables' rewrite); then there is nothing left to send.
    const send = busy.getByRole('button', { name: 'Send besvarelse' });
    const closed = busy.getByRole('heading', { level: 1, name: 'Målingen er lukket' });
    await send.or(closed).first().waitFor();
    if (await send.isVisible()) await send.click();
    await closed.waitFor();
    // The page writes dates in the organisation's time zone, which near midnight UTC is already tomorrow.
    const today = new Date().toLocaleDateString('da-DK', { dateStyle: 'long', timeZone: spejl.demoTenant.timeZone });
    const lost = busy.getByRole('alert');
    await lost.getByText(`blev lukket ${today}`, { exact: false }).waitFor();
    await lost.getByText('Dine svar blev ikke gemt og tæller ikke med.', { exact: false }).waitFor();
    expect(seriousViolations(await session.axe(busy))).toEqual([]);
    await session.screenshot('survey-phone-closed-while-answering', busy);
    await busy.getByRole('button', { name: 'Read in English' }).click();
    await busy.getByText(/was closed on .* while you were answering\. Your answers were not saved/).waitFor();
    await busy.getByRole('button', { name: 'Læs på dansk' }).click(); // the choice is remembered in this browser
    await busy.close();

    const late = await session.browser.newPage();
    await late.setViewportSize(PHONE);
    await late.goto(link);
    await late.getByRole('heading', { level: 1, name: 'Målingen er lukket' }).waitFor();
    await late.getByText(/Svar kan ikke længere ses eller ændres/).waitFor();
    expect(seriousViolations(await session.axe(late))).toEqual([]);
    await session.screenshot('survey-phone-closed', late);
    await late.close();
  });
});
