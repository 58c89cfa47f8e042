import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LEADER_EMAIL } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { popplerAvailable, chromiumAvailable, openBrowser, SCREENSHOT_DIR, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

describe.skipIf(!chromiumAvailable)('the demo leader’s dialogue meeting with the staff: model, printed kit, agreements', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let team: { email: string | null }[] = [];
  let roundId = '';
  let leaderName = '';

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await withTenant(spejl.db, spejl.demoTenant.id, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      const round = await tx.selectFrom('rounds').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow();
      roundId = round.id;
      leaderName = (await tx.selectFrom('round_people').select('name').where('round_id', '=', round.id).where('person_id', '=', member.person_id!).executeTakeFirstOrThrow()).name;
      team = await tx.selectFrom('round_people').select('email').where('round_id', '=', round.id).where('manager_id', '=', member.person_id!).execute();
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('finds the meeting the demo planned from "Mine rapporter", with its agenda', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.getByRole('region', { name: 'Ledelsesevaluering 2025' }).getByTestId('my-dialogue-meeting').click();
    await page.waitForURL('**/dialogue-meeting');
    await page.getByRole('heading', { level: 1, name: 'Dialogmøde med medarbejderne' }).waitFor();
    const agenda = page.getByTestId('meeting-agenda');
    await agenda.waitFor();
    expect(await agenda.innerText()).toContain('09:00–09:05');
    expect(await page.getByTestId('model-one-hour').isChecked()).toBe(true);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('dialogue-meeting-planned');
  });

  it('picks the one-and-a-half-hour model at 13:00 and gets the agenda with times to 14:30', async () => {
    const { page } = session;
    await page.getByTestId('model-one-and-a-half-hours').check();
    await page.getByTestId('meeting-start').fill('13:00');
    await page.getByTestId('meeting-plan-save').click();
    const agenda = page.getByTestId('meeting-agenda');
    await agenda.getByText('13:00–13:05').waitFor();
    const text = await agenda.innerText();
    expect(text).toContain('Velkomst og formål');
    expect(text).toContain('Drøftelse:');
    expect(text).toMatch(/–14:30\s+Næste skridt og opfølgning/);
    await settle(page);
    await session.screenshot('dialogue-meeting-model');
  });

  it.skipIf(!popplerAvailable)('prints the kit: agenda with times and reflection questions in the PDF, rendered to a page image', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('meeting-kit-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^Dialogmøde – .+\.pdf$/);
    const file = join(SCREENSHOT_DIR, 'dialogue-meeting-kit.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const line of ['Dagsorden', '13:00–13:05', 'Rapportens hovedpunkter', 'Spørgsmål til drøftelsen', 'Aftaler', 'Næste skridt']) expect(text).toContain(line);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', file, join(SCREENSHOT_DIR, 'dialogue-meeting-kit')]);
  });

  it('records the team’s agreements, marks the meeting held and shares them once with the team by mail', async () => {
    const { page } = session;
    await page.getByTestId('agreements-text').fill('Vi inviterer en borger til personalemødet hvert kvartal. Ansvarlig: teamlederen.');
    await page.getByTestId('agreements-save').click();
    await page.locator('.n-message__content', { hasText: 'Aftalerne er gemt.' }).waitFor();
    await page.getByTestId('meeting-held').click();
    await page.getByTestId('meeting-is-held').waitFor();
    await page.getByTestId('agreements-share').click();
    await page.getByTestId('agreements-shared').waitFor();
    expect(await page.getByTestId('agreements-text').isEditable()).toBe(false);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('dialogue-meeting-agreements');
    const sent = await withTenant(spejl.db, spejl.demoTenant.id, (tx) => tx.selectFrom('mail_outbox').select('to_address').where('subject', 'like', 'Aftaler fra dialogmødet%').execute());
    expect(sent).toHaveLength(team.filter((p) => p.email).length);
    expect(sent.length).toBeGreaterThan(0);
  });

  it('shows an admin on the round’s results whether the meeting was held, never the agreements', async () => {
    const { page } = session;
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login');
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/results/${roundId}`);
    const statuses = page.getByTestId('meeting-statuses');
    await statuses.waitFor();
    expect(await statuses.innerText()).toContain(leaderName);
    expect(await statuses.innerText()).toContain('Afholdt');
    expect(await page.locator('body').innerText()).not.toContain('Vi inviterer en borger');
    await statuses.scrollIntoViewIfNeeded();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('dialogue-meeting-admin-status');
  });
});
