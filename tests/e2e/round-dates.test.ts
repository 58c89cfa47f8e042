import { wallClockOf } from '@spejl/plugin-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, createDraftRound, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const DAY = 86_400_000;
/** A datetime-local value days from now (the demo organisation keeps Copenhagen time; a day's margin covers the zone). */
const field = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 16);

describe.skipIf(!chromiumAvailable)("a round's dates: no closing date in the past, and a draft's dates can be moved", () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    spejl = await startSpejl({ demo: false });
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('refuses a closing time in the past at creation, beside the field, and creates nothing', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/rounds?tenant=${spejl.demoTenant.id}`);
    const form = page.getByTestId('round-create');
    await form.getByLabel('Navn', { exact: true }).fill('Fortid 2026');
    await form.getByLabel('Lukker').fill(field(-3));
    await page.getByRole('button', { name: 'Opret kladde' }).click();
    await form.getByText('Lukketidspunktet er allerede passeret. Vælg et tidspunkt senere end nu.').waitFor();
    expect(await form.getByLabel('Lukker').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(/\/rounds\?/);
  });

  it("moves a draft whose closing date passed on its own page, in the organisation's time", async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/rounds?tenant=${spejl.demoTenant.id}`);
    const roundId = await createDraftRound(page, 'Flyttes 2026');
    // As a draft left until its date passed: its reminder too, so the new dates plan them anew.
    await spejl.db.updateTable('rounds').set({ opens_at: new Date(Date.now() - 20 * DAY), closes_at: new Date(Date.now() - 10 * DAY), reminders: JSON.stringify([{ at: new Date(Date.now() - 15 * DAY).toISOString() }]) }).where('id', '=', roundId).execute();
    await page.reload();
    const dates = page.getByTestId('round-dates');
    await dates.getByLabel('Lukker').waitFor();
    await dates.getByRole('button', { name: 'Gem datoer' }).click();
    await dates.getByText('Lukketidspunktet er allerede passeret. Vælg et tidspunkt senere end nu.').waitFor();

    await dates.getByLabel('Åbner').fill(field(1));
    await dates.getByLabel('Lukker').fill(field(21));
    await dates.getByRole('button', { name: 'Gem datoer' }).click();
    await dates.getByText('Datoerne er gemt.').waitFor();
    const round = await spejl.db.selectFrom('rounds').select(['status', 'closes_at', 'reminders']).where('id', '=', roundId).executeTakeFirstOrThrow();
    expect(round.status).toBe('draft');
    expect(new Date(round.closes_at).getTime()).toBeGreaterThan(Date.now() + 19 * DAY);
    expect(round.reminders).toHaveLength(2);
    // Planned anew by default: on weekday mornings at 09:00 on the organisation's clock, never at night.
    for (const r of round.reminders) expect(wallClockOf(r.at, 'Europe/Copenhagen').slice(11)).toBe('09:00');
    await page.getByText('Låses, når målingen sættes i gang, efter organisationens indstillinger på det tidspunkt.').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await dates.scrollIntoViewIfNeeded();
    await session.screenshot('round-dates-moved');
  });
});
