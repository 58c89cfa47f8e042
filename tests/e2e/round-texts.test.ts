import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTenant, roundPreviewUrl } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, createDraftRound, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const ROUND = 'Tekster 2026';

describe.skipIf(!chromiumAvailable)("a round's mail texts keep the personal link out of subjects; a link that switches organisation says so", () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId = '';
  /** A second organisation the demo admin also works in. */
  let fjordvig = { id: '', name: 'Fjordvig Kommune' };

  beforeAll(async () => {
    spejl = await startSpejl({ demo: false });
    session = await openBrowser();
    const tenant = await createTenant(spejl.db, { name: fjordvig.name, slug: 'fjordvig-texts' }, null);
    fjordvig = { id: tenant.id, name: tenant.name };
    const adminId = (await spejl.db.selectFrom('user').select('id').where('email', '=', spejl.admin.email).executeTakeFirstOrThrow()).id;
    await withTenant(spejl.db, tenant.id, (tx) => addMember(tx, tenant.id, adminId, 'admin', null));
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('refuses {{link}} in a subject beside that very field, in Danish, focused, and saves nothing', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    // The demo admin starts in the demo organisation, where the round is made.
    await page.goto(`${spejl.url}/rounds?tenant=${spejl.demoTenant.id}`);
    roundId = await createDraftRound(page, ROUND);

    const texts = page.getByTestId('round-texts');
    const reminderDanish = texts.getByLabel('Emne (dansk)').nth(1);
    await reminderDanish.fill('Påmindelse {{ link }}');
    await texts.getByRole('button', { name: 'Gem tekster og påmindelser' }).click();
    const said = 'Emnet i påmindelsen (dansk) må ikke indeholde {{ link }}. Det personlige link må kun stå i selve teksten, for emnet kan ses i udbakken og i mailprogrammernes lister.';
    // Beside the field it is about (the reminder's Danish subject, not the invitation's), tied to it for screen readers.
    const field = texts.locator('.field').filter({ has: page.getByLabel('Emne (dansk)') }).nth(1);
    await field.getByText(said).waitFor();
    expect(await reminderDanish.getAttribute('aria-invalid')).toBe('true');
    expect(await texts.getByLabel('Emne (dansk)').first().getAttribute('aria-invalid')).toBeNull();
    expect(await reminderDanish.evaluate((el) => el === document.activeElement)).toBe(true);
    await texts.getByText('Rettelser mangler:').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('round-texts-link-in-subject');

    const stored = await withTenant(spejl.db, spejl.demoTenant.id, (tx) => tx.selectFrom('rounds').select('texts').where('id', '=', roundId).executeTakeFirstOrThrow());
    expect(stored.texts.reminder.da.subject).toBe('Påmindelse: {{round}}');
  });

  it("says so when a link opens the console in another organisation, until it is read; a link to the current one says nothing", async () => {
    const { page } = session;
    const notice = page.getByTestId('linked-tenant-notice');
    await page.goto(roundPreviewUrl(spejl.url, spejl.demoTenant.id, roundId));
    await page.getByRole('heading', { level: 1, name: `Forhåndsvisning: ${ROUND}` }).waitFor();
    expect(await notice.count()).toBe(0);

    await page.goto(`${spejl.url}/people/import?tenant=${fjordvig.id}`);
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Du arbejder nu i ${fjordvig.name}. Linket, du åbnede, hører til den organisation. Før arbejdede du i ${spejl.demoTenant.name}.`);
    expect(await page.locator('#tenant-switcher').inputValue()).toBe(fjordvig.id);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('linked-tenant-notice');
    // It stays while the person moves on, until they say they have read it.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Oversigt' }).click();
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Forstået' }).click();
    await notice.waitFor({ state: 'detached' });
  });
});
