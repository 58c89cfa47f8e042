import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRound, linkKeyFromEnv, linkSecret, loadRoundRollup, newDeviceKey, rollupRows, submitForm } from '@spejl/core';
import { withTenant } from '@spejl/db';
import {
  chromiumAvailable, demoLeaderAndPeers, ensureSurveyBuilt, openBrowser, PHONE, seriousViolations, settle, signIn, signOut, startSpejl, surveyLink, type BrowserSession, type RunningSpejl,
} from './harness.ts';

/*
 * Issue 15: the demo leader asks their team again (a pulse) from the first focus point of their
 * plan (one statement), the team answers, the pulse closes and the plan shows the change since
 * the main round. The team answers as many forms, with as many don't-knows, as the main round had
 * for that statement, so the two means are comparable under the trends' rule and the change shows.
 */
describe.skipIf(!chromiumAvailable)('a leader asks their team again from a focus point and sees the change', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let tenantId = '';
  let roundId = '';
  let planId = '';
  let pulseId = '';
  let leaderId = '';
  let leaderName = '';
  let focus = { themeId: '', itemId: '' };

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    session = await openBrowser();
    tenantId = spejl.demoTenant.id;
    await withTenant(spejl.db, tenantId, async (tx) => {
      ({ person_id: leaderId, name: leaderName } = (await demoLeaderAndPeers(tx)).leader);
      const plan = await tx.selectFrom('follow_up_plans as p').innerJoin('rounds as r', (j) => j.onRef('r.tenant_id', '=', 'p.tenant_id').onRef('r.id', '=', 'p.round_id'))
        .select(['p.id', 'p.round_id']).where('p.leader_id', '=', leaderId).where('r.status', '=', 'closed').executeTakeFirstOrThrow();
      planId = plan.id;
      roundId = plan.round_id;
      const point = await tx.selectFrom('follow_up_focus_points').select(['theme_id', 'item_id']).where('plan_id', '=', planId).orderBy('position').executeTakeFirstOrThrow();
      focus = { themeId: point.theme_id, itemId: point.item_id! };
    });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('starts a pulse from the plan\'s focus point, after a preview of what it asks of whom', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.goto(`${spejl.url}/follow-up/${planId}`);
    await page.getByRole('heading', { level: 2, name: 'Puls: spørg teamet igen' }).waitFor();
    await page.getByTestId('pulse-ask-0').click();
    await page.getByTestId('pulse-asked').getByText(/^Spørges: \d+ medarbejdere i 1 team, de samme som i målingen\. Anonymitetsgrænse: 5\.$/).waitFor();
    expect(await page.getByTestId('pulse-preview').getByRole('listitem').count()).toBe(1);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('pulse-start-preview');
    await page.getByTestId('pulse-start').click();
    await page.getByText('Pulsmålingen er startet.', { exact: false }).first().waitFor();
    await page.getByTestId('leader-pulse').getByTestId('pulse-running').waitFor();
    await settle(page);
    await session.screenshot('pulse-running');
    const pulse = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('round_pulses').select(['round_id', 'started_as', 'plan_id']).executeTakeFirstOrThrow());
    expect(pulse).toMatchObject({ started_as: 'leader', plan_id: planId });
    pulseId = pulse.round_id;
    await signOut(page);
  });

  it('is answered by the team: one on a phone through their link, the rest through the same submit', async () => {
    const main = await withTenant(spejl.db, tenantId, async (tx) => rollupRows((await loadRoundRollup(tx, roundId)).rollup));
    const figure = main.find((r) => r.leader_id === leaderId && r.scope === 'direct' && r.rater_role === 'employee' && r.theme_id === focus.themeId && r.item_id === focus.itemId)!;
    expect(figure.suppressed).toBe(false);
    const respondents = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', pulseId).orderBy('person_id').execute());
    expect(respondents.length).toBeGreaterThanOrEqual(figure.forms);

    const phone = await session.browser.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(surveyLink(spejl, respondents[0]!.link_salt));
    await phone.getByRole('button', { name: 'Start' }).click();
    const items = phone.getByRole('group');
    expect(await items.count()).toBe(1);
    // The leader answers no form of the pulse; the team still reads whom it is about.
    await phone.getByText(`Om din leder, ${leaderName}`).waitFor();
    await items.nth(0).getByLabel('Helt enig').check();
    await session.screenshot('pulse-survey-phone', phone);
    await phone.getByRole('button', { name: 'Send besvarelse' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Tak – din besvarelse er modtaget' }).waitFor();
    await phone.close();

    const key = linkKeyFromEnv();
    const dontKnow = figure.forms - figure.answered!;
    await withTenant(spejl.db, tenantId, async (tx) => {
      for (const [i, r] of respondents.slice(1, figure.forms).entries()) {
        await submitForm(tx, tenantId, linkSecret(key, r.link_salt), newDeviceKey(), { slot: 0, answers: [i < dontKnow ? 'dk' : 4], submit: true });
      }
      await closeRound(tx, pulseId);
    });
  });

  it('lists the pulse on the main round\'s page for the admin, who may preview one of their own', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/rounds/${roundId}`);
    const table = page.getByTestId('round-pulses');
    await table.getByRole('cell', { name: 'Lederen' }).waitFor();
    await table.getByRole('cell', { name: 'Lukket' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    // The admin may ask every team large enough: the preview says how many, before anything starts.
    await page.getByTestId('admin-pulse-open').click();
    await page.getByRole('group', { name: /^Vælg op til 8 udsagn/ }).getByRole('checkbox').first().check();
    await page.getByTestId('pulse-asked').getByText(/^Spørges: \d+ medarbejdere i \d+ team, de samme som i målingen\. Anonymitetsgrænse: 5\.$/).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('pulse-admin-list');
    await signOut(page);
  });

  it('shows the leader the change since the main round, in Danish and English', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.goto(`${spejl.url}/follow-up/${planId}`);
    const change = page.getByTestId(`pulse-change-${focus.themeId}-${focus.itemId}`);
    await change.waitFor();
    expect(await change.textContent()).toMatch(/^\s*[+−]?\d,\d\d\s*$/);
    await page.getByRole('table', { name: /^Ændring siden / }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await page.getByTestId('leader-pulse').scrollIntoViewIfNeeded();
    await session.screenshot('pulse-result-leader');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('table', { name: /^Change since / }).waitFor();
    expect(await change.textContent()).toMatch(/^\s*[+−]?\d\.\d\d\s*$/);
    await page.getByRole('button', { name: 'Dansk' }).click();
    await signOut(page);
  });
});
