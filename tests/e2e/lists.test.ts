import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@spejl/db';
import { chromiumAvailable, openBrowser, SCREENSHOT_DIR, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

/** Clicks a CSV button and returns the file's name and text (BOM kept). */
async function downloadCsv(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** A screenshot of one part of the page (a dialog, a panel), beside the full-page ones, to look at closely. */
const shoot = (part: Locator, name: string) => part.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

/** A CSV for Danish Excel read back: lines split at CRLF, cells at `;` (the test data holds no quoted `;`), a text's quotes taken off. */
const csvRows = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n').map((line) => line.split(';').map((cell) => cell.replace(/^"(.*)"$/s, '$1').replace(/""/g, '"')));
/** "3 / 5 · 60 %" → 60; a dash (nobody asked) → null. */
const pctOf = (cell: string) => (/(\d+) %/.exec(cell) ? Number(/(\d+) %/.exec(cell)![1]) : null);

describe.skipIf(!chromiumAvailable)('long lists: search, sort, CSV for Excel, and a reminder sent now', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId: string;
  /** What every state of a page gets: axe clean, and a full-page screenshot to look at. */
  const looked = async (name: string) => {
    await settle(session.page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot(name);
  };
  const rates = () => session.page.getByTestId('rates-table');
  const rateRows = () => rates().locator('tbody tr');
  const column = async (index: number) => (await rateRows().all()).length ? rateRows().locator(`td:nth-of-type(${index})`).allInnerTexts() : [];

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await signIn(session.page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('searches and sorts the response rates by keyboard and mouse, filters to the low ones and downloads what is shown', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Målinger' }).click();
    await page.getByRole('link', { name: 'Ledelsesevaluering 2026' }).click();
    await page.waitForURL('**/rounds/*');
    roundId = page.url().split('/').at(-1) ?? '';
    await rateRows().first().waitFor();
    const all = await rateRows().count();
    expect(all).toBeGreaterThan(10);

    // Search: every word must match a leader's name or number.
    const firstName = (await rateRows().first().locator('th').innerText()).split(' ')[0]!;
    await page.getByLabel('Søg efter leder eller nummer').fill(firstName.toLowerCase());
    await expect.poll(() => rateRows().count()).toBeLessThan(all);
    for (const name of await rateRows().locator('th').allInnerTexts()) expect(name.toLowerCase()).toContain(firstName.toLowerCase());
    expect(await page.getByTestId('list-status').first().innerText()).toMatch(/^Viser \d+ af \d+\.$/);
    await page.getByLabel('Søg efter leder eller nummer').fill('');

    // Sort by the employees' rate: Enter on the heading's button, then a click turns it round.
    const heading = rates().getByRole('columnheader', { name: 'Medarbejdere' });
    await heading.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    const up = (await column(2)).map(pctOf).filter((p): p is number => p !== null);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    expect(await rates().getByRole('columnheader', { name: 'Leder', exact: true }).getAttribute('aria-sort')).toBeNull();
    const down = (await column(2)).map(pctOf).filter((p): p is number => p !== null);
    expect(down).toEqual([...up].reverse());
    expect(await page.getByTestId('list-status').first().innerText()).toContain('Sorteret efter Medarbejdere, faldende.');

    // Only the low ones: employees' rate below 50 %.
    await page.getByLabel('Vis kun ledere, hvis medarbejderes svarprocent er under').check();
    await expect.poll(() => rateRows().count()).toBeLessThan(all);
    const low = (await column(2)).map(pctOf);
    expect(low.length).toBeGreaterThan(0);
    expect(low.every((p) => p !== null && p < 50)).toBe(true);
    await looked('lists-rates-low-sorted');
    await shoot(page.getByTestId('round-progress'), 'lists-rates-low-sorted-panel');

    const csv = await downloadCsv(page, page.getByTestId('round-progress').getByTestId('list-csv'));
    expect(csv.name).toBe('Svarprocenter – Ledelsesevaluering 2026.csv');
    // Every text quoted (so English Excel, splitting at `,`, cannot cut a formula out of one), figures bare.
    expect(csv.text.startsWith('\uFEFF"Leder";"Medarbejdernr.";"Medarbejdere, besvaret";"Medarbejdere, spurgt";"Medarbejdere, svarprocent";"Selv";"Overordnet";"Hele kæden, besvaret";"Hele kæden, spurgt";"Hele kæden, svarprocent"\r\n')).toBe(true);
    expect(csv.text.split('\r\n')[1]).toMatch(/^"[^"]+";"[^"]+";\d+;\d+;/);
    const [, ...lines] = csvRows(csv.text);
    expect(lines).toHaveLength(low.length);
    expect(lines.map((l) => l[0])).toEqual(await rateRows().locator('th').allInnerTexts());
    for (const line of lines) {
      expect(line[4]).toMatch(/^\d+,\d$/);
      expect(Number(line[4]!.replace(',', '.'))).toBeCloseTo((100 * Number(line[2])) / Number(line[3]), 1);
      expect(Number(line[4]!.replace(',', '.'))).toBeLessThan(50);
    }
    await page.getByLabel('Vis kun ledere, hvis medarbejderes svarprocent er under').uncheck();
  });

  it("sends a reminder now to one leader's chain after a dialog naming its unanswered questionnaires — only to people who have not finished — and refuses a second click", async () => {
    const { page } = session;
    // The demo round's planned reminders went out as the server started; a reminder sent now skips
    // whoever got one in the last day, so let them have gone out two days ago.
    await spejl.db.updateTable('round_reminder_runs').set({ ran_at: sql<Date>`ran_at - interval '2 days'` }).where('round_id', '=', roundId).execute();
    await rates().getByRole('columnheader', { name: 'Hele kæden' }).getByRole('button').click();
    const row = rateRows().filter({ has: page.getByRole('button', { name: /^Påmind kæden under / }) }).first();
    const leaderName = await row.locator('th').innerText();
    const leaderId = await row.locator('td').first().innerText();
    const [chainDone, chainAsked] = (/(\d+) \/ (\d+)/.exec(await row.locator('td').nth(4).innerText()) ?? []).slice(1).map(Number);
    const button = rates().getByRole('button', { name: `Påmind kæden under ${leaderName}` });
    await button.click();
    const owner = /[sxz]$/.test(leaderName) ? `${leaderName}'` : `${leaderName}s`;
    const dialog = page.getByRole('dialog', { name: `Send en påmindelse nu til dem, der mangler, i ${owner} ledelseskæde?` });
    const summary = dialog.getByTestId('remind-summary');
    await summary.waitFor();
    // The dialog counts questionnaires, the figure the chain's response rate already gives — never people.
    const named = Number(/^Påmindelsen går til dem, der mangler at svare på (\d+) spørgeskemaer?\.$/.exec(await summary.locator('li').first().innerText())?.[1]);
    expect(named).toBe(chainAsked! - chainDone!);
    expect(named).toBeGreaterThan(0);
    expect(await summary.innerText()).not.toMatch(/\d+ personer? får/);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await looked('lists-remind-chain-dialog');
    await shoot(dialog, 'lists-remind-chain-dialog-only');
    await dialog.getByRole('button', { name: 'Send påmindelse' }).click();
    await page.getByText(new RegExp(`Påmindelsen er lagt i kø til dem, der mangler at svare på ${named} spørgeskemaer?, og sendes`)).waitFor();

    // What went into the queue: one reminder per person, every one of them with a form not yet sent; the run keeps the forms.
    const run = await spejl.db.selectFrom('round_reminder_runs').select(['seq', 'unfinished_forms']).where('round_id', '=', roundId).where('by_hand', '=', true).where('chain_of', '=', leaderId).executeTakeFirstOrThrow();
    expect(run.unfinished_forms).toBe(named);
    const recipients = await spejl.db.selectFrom('round_messages').select('person_id').where('round_id', '=', roundId).where('kind', '=', 'reminder').where('seq', '=', run.seq).execute();
    expect(recipients.length).toBeGreaterThan(0);
    expect(new Set(recipients.map((r) => r.person_id)).size).toBe(recipients.length);
    const unfinished = await spejl.db.selectFrom('round_assignments').select('person_id').distinct().where('round_id', '=', roundId).where('finished_at', 'is', null).execute();
    const stillOpen = new Set(unfinished.map((u) => u.person_id));
    expect(recipients.every((r) => stillOpen.has(r.person_id))).toBe(true);

    // The history shows it with its questionnaires; a second reminder to the chain mails nobody again within a day.
    const history = page.getByTestId('reminder-history');
    await history.getByRole('row').filter({ hasText: 'Sendt nu af Anne Admin' }).filter({ hasText: `Dem, der manglede, i ${owner} kæde` }).filter({ hasText: String(named) }).waitFor();
    await button.click();
    await summary.waitFor();
    const send = dialog.getByRole('button', { name: 'Send påmindelse' });
    if (await summary.getByText('Alle med en e-mailadresse har fået en påmindelse inden for det seneste døgn.').isVisible()) {
      expect(await send.isDisabled()).toBe(true);
    } else {
      // Someone in the chain has finished and was not reminded; whether anyone is left is said only on sending.
      await summary.getByText(`${recipients.length} personer fik en påmindelse inden for det seneste døgn og får ikke en til nu.`).waitFor();
      await send.click();
      await dialog.getByText(/Der er ingen at påminde: Alle, det gælder, har svaret, har ingen e-mailadresse eller har fået en påmindelse inden for det seneste døgn\./).waitFor();
    }
    await session.screenshot('lists-remind-chain-refused');
    await shoot(dialog, 'lists-remind-chain-refused-only');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await spejl.db.selectFrom('round_reminder_runs').select('seq').where('round_id', '=', roundId).where('by_hand', '=', true).execute()).toHaveLength(1);
  });

  it('sends a reminder now to everyone who has not finished, skipping those just reminded, and the reminders reach the outbox', async () => {
    const { page } = session;
    await page.getByTestId('remind-everyone').click();
    const dialog = page.getByRole('dialog', { name: 'Send en påmindelse nu til alle, der mangler?' });
    const summary = dialog.getByTestId('remind-summary');
    await summary.locator('li').first().waitFor();
    const named = Number(/går til dem, der mangler at svare på (\d+) spørgeskemaer\./.exec(await summary.locator('li').first().innerText())?.[1]);
    const unfinishedForms = await spejl.db.selectFrom('round_assignments').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', roundId).where('finished_at', 'is', null).executeTakeFirstOrThrow();
    expect(named).toBe(Number(unfinishedForms.n));
    // Those the chain's reminder went to a moment ago are skipped (the planned ones went out days ago).
    const messagesOf = async (chainOf: string | null) => {
      const runs = await spejl.db.selectFrom('round_reminder_runs').select(['seq', 'chain_of']).where('round_id', '=', roundId).where('by_hand', '=', true).execute();
      const seq = runs.find((r) => r.chain_of === chainOf)?.seq ?? -1;
      return (await spejl.db.selectFrom('round_messages').select('person_id').where('round_id', '=', roundId).where('kind', '=', 'reminder').where('seq', '=', seq).execute()).map((m) => m.person_id);
    };
    const chainRun = await spejl.db.selectFrom('round_reminder_runs').select('chain_of').where('round_id', '=', roundId).where('by_hand', '=', true).executeTakeFirstOrThrow();
    const remindedLately = await messagesOf(chainRun.chain_of);
    await summary.getByText(`${remindedLately.length} personer fik en påmindelse inden for det seneste døgn og får ikke en til nu.`).waitFor();
    await looked('lists-remind-everyone-dialog');
    await shoot(dialog, 'lists-remind-everyone-dialog-only');
    await dialog.getByRole('button', { name: 'Send påmindelse' }).click();
    await page.getByText(`Påmindelsen er lagt i kø til dem, der mangler at svare på ${named} spørgeskemaer`).waitFor();
    const mailed = await messagesOf(null);
    expect(mailed.length).toBeGreaterThan(0);
    expect(mailed.filter((p) => remindedLately.includes(p))).toEqual([]);
    const mails = mailed.length;
    const history = page.getByTestId('reminder-history');
    const sentNow = history.getByRole('row').filter({ hasText: 'Sendt nu af Anne Admin' }).filter({ hasText: 'Alle, der manglede' });
    await sentNow.filter({ hasText: String(named) }).waitFor();
    // The mail job sends them within seconds; the history counts the mails as they go.
    await sentNow.filter({ hasText: `I udbakken: ${mails} · Venter: 0` }).waitFor({ timeout: 30_000 });
    await looked('lists-reminder-history');
    await shoot(history, 'lists-reminder-history-panel');
  });

  it('sorts the outbox and downloads it as CSV without any mail text or link', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udbakke' }).click();
    const mails = page.getByTestId('mail-list');
    await mails.locator('tbody tr').first().waitFor();
    const heading = mails.getByRole('columnheader', { name: 'Til' });
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    const to = await mails.locator('tbody tr td:nth-of-type(2)').allInnerTexts();
    expect(to).toEqual([...to].sort((a, b) => a.localeCompare(b, 'da')));
    await mails.locator('tbody tr').filter({ hasText: 'Påmindelse' }).first().locator('summary').click();
    await looked('lists-outbox-sorted');
    const csv = await downloadCsv(page, page.getByTestId('list-csv'));
    expect(csv.name).toBe('Udbakke – Egeskov Kommune.csv');
    const [head, ...lines] = csvRows(csv.text);
    expect(head).toEqual(['Emne', 'Til', 'Tidspunkt', 'Status', 'Fejl']);
    // The list shows the 200 newest; the file holds every mail of the organisation's outbox.
    const stored = await spejl.db.selectFrom('mail_outbox').select((eb) => eb.fn.countAll<string>().as('n')).where('tenant_id', '=', spejl.demoTenant.id).executeTakeFirstOrThrow();
    expect(lines).toHaveLength(Number(stored.n));
    expect(lines.length).toBeGreaterThanOrEqual(to.length);
    const inFile = new Set(lines.map((l) => l[1]));
    expect(to.filter((address) => !inFile.has(address))).toEqual([]);
    expect(lines.some((l) => l[0]!.startsWith('Påmindelse'))).toBe(true);
    expect(csv.text).not.toMatch(/https?:\/\//);
  });

  it("searches and sorts a closed round's leaders, downloads them, and downloads the roll-up as CSV for Danish Excel", async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Resultater' }).click();
    await page.getByRole('link', { name: 'Ledelsesevaluering 2025' }).click();
    const list = page.getByTestId('leader-list');
    await list.locator('tbody tr').first().waitFor();
    const all = await list.locator('tbody tr').count();
    const level = list.getByRole('columnheader', { name: 'Niveau' });
    await level.getByRole('button').click();
    await level.getByRole('button').click();
    expect(await level.getAttribute('aria-sort')).toBe('descending');
    const levels = (await list.locator('tbody tr td:nth-of-type(3)').allInnerTexts()).map(Number);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    await page.getByLabel('Søg efter leder, nummer eller enhed').fill('skole');
    await expect.poll(() => list.locator('tbody tr').count()).toBeLessThan(all);
    const shown = await list.locator('tbody tr').count();
    expect(shown).toBeGreaterThan(0);
    await looked('lists-results-leaders');
    const csv = await downloadCsv(page, page.getByTestId('list-csv'));
    expect(csv.name).toBe('Ledere – Ledelsesevaluering 2025.csv');
    const [head, ...lines] = csvRows(csv.text);
    expect(head).toEqual(['Leder', 'Medarbejdernr.', 'Enhed', 'Niveau', 'Evalueret (egen rapport)']);
    expect(lines).toHaveLength(shown);
    expect(lines.every((l) => `${l[0]} ${l[2]}`.toLowerCase().includes('skole'))).toBe(true);

    const rollup = await downloadCsv(page, page.getByTestId('rollup-csv-excel'));
    expect(rollup.name).toBe('Ledelsesevaluering 2025 – roll-up (Excel).csv');
    expect(rollup.text.startsWith('\uFEFF"Leder-id";"Omfang";"Respondentgruppe";"Tema-id";"Udsagn-id";"Skemaer";"Svar";"Ved ikke";"Gennemsnit";"Standardafvigelse";"Antal 1";"Antal 2";"Antal 3";"Antal 4";"Antal 5";"Skjult"\r\n')).toBe(true);
    // Every text quoted (English Excel, splitting at `,`, keeps each one cell), figures bare.
    expect(rollup.text).toMatch(/\r\n"\d+";"(direkte|kæde)";"[a-z ]+";"[a-z-]+";"[^"]+";\d+;/);
    expect(rollup.text).toMatch(/;\d,\d{4};/);
    expect(rollup.text).not.toMatch(/;\d\.\d{4};/);
  });

  it('shows the people as a flat list that searches, sorts, downloads and opens a person in the tree', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ledelseskæden' }).click();
    await page.getByTestId('people-as-list').click();
    const list = page.getByTestId('people-list');
    await list.locator('tbody tr').first().waitFor();
    expect(await list.getByTestId('list-status').innerText()).toBe('320 i alt.');
    expect(await list.locator('tbody tr').count()).toBe(200);
    await list.getByRole('button', { name: 'Vis 120 mere' }).click();
    expect(await list.locator('tbody tr').count()).toBe(320);
    const reports = list.getByRole('columnheader', { name: 'Direkte medarbejdere' });
    await reports.getByRole('button').click();
    await reports.getByRole('button').click();
    const counts = (await list.locator('tbody tr td:nth-of-type(6)').allInnerTexts()).map((c) => Number(c || 0));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByLabel('Søg efter navn, nummer, e-mail, leder, faggruppe eller enhed').fill('lærer');
    await expect.poll(() => list.locator('tbody tr').count()).toBeLessThan(200);
    const teachers = await list.locator('tbody tr').count();
    await looked('lists-people');
    const csv = await downloadCsv(page, list.getByTestId('list-csv'));
    expect(csv.name).toBe('Personer – Egeskov Kommune.csv');
    const [head, ...lines] = csvRows(csv.text);
    expect(head).toEqual(['Navn', 'Medarbejdernr.', 'E-mail', 'Leder', 'Leders medarbejdernr.', 'Faggruppe', 'Enhed', 'Direkte medarbejdere', 'Fritaget fra evaluering']);
    expect(lines).toHaveLength(teachers);
    expect(lines.every((l) => l.join(' ').toLowerCase().includes('lærer'))).toBe(true);

    const first = list.locator('tbody tr').first().locator('th');
    const name = await first.innerText();
    await first.getByRole('button').click();
    await page.getByTestId('people-as-tree').and(page.locator('[aria-pressed="true"]')).waitFor();
    await page.getByRole('heading', { level: 2, name }).waitFor();
  });
});
