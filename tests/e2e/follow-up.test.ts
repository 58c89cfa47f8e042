import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createUser, DEMO_LEADER_EMAIL, setMemberPerson } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, signOut, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const SUPERIOR = { email: 'overordnet.opfoelgning@example.org', password: 'en lang adgangskode til den overordnede' };
const AGREEMENTS = 'Vi mødes igen om tre måneder og ser på, om borgersagerne på personalemøderne har flyttet noget.';

describe.skipIf(!chromiumAvailable)('the leader writes a follow-up plan from their report, the superior confirms the talk', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let tenantId = '';
  let roundId = '';
  let leader = { personId: '', name: '' };
  let superiorId = '';

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    tenantId = spejl.demoTenant.id;
    const account = await createUser(spejl.db, { email: SUPERIOR.email, name: 'Overordnet leder', password: SUPERIOR.password });
    await withTenant(spejl.db, tenantId, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      roundId = (await tx.selectFrom('rounds').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow()).id;
      const own = await tx.selectFrom('round_people').select(['person_id', 'name', 'manager_id']).where('round_id', '=', roundId).where('person_id', '=', member.person_id!).executeTakeFirstOrThrow();
      leader = { personId: own.person_id, name: own.name };
      superiorId = own.manager_id!;
      // The superior gets an account of their own, bound to their person as an admin would bind it.
      await addMember(tx, tenantId, account.id, 'leader', null);
      await setMemberPerson(tx, tenantId, account.id, own.manager_id!, null);
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('opens the demo leader\'s plan in progress from their report and saves what they add', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.getByTestId('my-own-reports').first().getByRole('link', { name: 'Lederrapport' }).click();
    await page.waitForURL(`**/results/${roundId}/leader/${leader.personId}`);
    await page.getByTestId('open-plan').click();
    await page.waitForURL('**/follow-up/*');
    await page.getByRole('heading', { level: 1, name: `Udviklingsplan: ${leader.name}` }).waitFor();
    // The demo's plan is in progress: notes to the report's three questions, two focus points.
    await expect(page.getByLabel('Hvad overraskede dig positivt?').inputValue()).resolves.toContain('borgernes behov');
    expect(await page.getByTestId('focus-point').count()).toBe(2);
    await page.getByLabel('Hvad vil du gerne vide mere om?').fill('Hvordan de nye medarbejdere oplever vores møder med borgerne.');
    await page.getByTestId('add-focus-point').click();
    const third = page.getByTestId('focus-point').nth(2);
    await third.getByLabel('Konkrete handlinger').fill('Følge en kollega i en borgersamtale hver måned.');
    await third.getByLabel('Status').selectOption('in-progress');
    await page.getByTestId('plan-unsaved').waitFor();
    await page.getByTestId('talk-held').click();
    await page.getByTestId('agreements').fill(AGREEMENTS);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await page.getByTestId('plan-save').click();
    await page.getByText('Planen er gemt.').first().waitFor();
    await page.getByText('Senest gemt').waitFor();
    await page.getByTestId('talk-state').getByText('Afventer den overordnede leders bekræftelse').waitFor();
    await settle(page);
    await session.screenshot('follow-up-leader-plan');
    // Saved, not just shown: a reload gives it back.
    await page.reload();
    await page.getByTestId('plan-editor').waitFor();
    expect(await page.getByTestId('focus-point').count()).toBe(3);
    await expect(page.getByTestId('agreements').inputValue()).resolves.toBe(AGREEMENTS);
    // Another tab saved meanwhile: the save is refused, in the reader's words, and the text stays on the page.
    await withTenant(spejl.db, tenantId, (tx) => tx.updateTable('follow_up_plans').set((eb) => ({ revision: eb('revision', '+', 1) })).where('round_id', '=', roundId).where('leader_id', '=', leader.personId).execute());
    const note = page.getByLabel('Hvad er mest relevant for dig?');
    const before = await note.inputValue();
    await note.fill('Et nyt svar skrevet i denne fane.');
    await page.getByTestId('plan-save').click();
    await page.getByText(/^Planen er blevet ændret i mellemtiden \(nu version \d+\)/).waitFor();
    await expect(note.inputValue()).resolves.toBe('Et nyt svar skrevet i denne fane.');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Follow-up plan: ${leader.name}` }).waitFor();
    await page.getByLabel('What is most relevant to you?').waitFor();
    await page.getByText(/^The plan was changed meanwhile \(now version \d+\)/).waitFor();
    await settle(page);
    await session.screenshot('follow-up-leader-conflict-english');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await note.fill(before);
    await page.getByTestId('plan-unsaved').waitFor({ state: 'detached' });
    await signOut(session.page);
  });

  it('lets the superior find the plan in the chain\'s status and confirm the talk', async () => {
    const { page } = session;
    await signIn(page, spejl.url, SUPERIOR, 'my-reports');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Opfølgning' }).click();
    await page.waitForURL('**/follow-up');
    const table = page.getByRole('table', { name: 'Opfølgning pr. leder' });
    const row = table.getByRole('row').filter({ hasText: leader.name });
    await row.getByRole('cell', { name: 'Holdt' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('follow-up-chain-status');
    await row.getByRole('link', { name: `Åbn plan: ${leader.name}` }).click();
    await page.getByTestId('agreements-read').getByText(AGREEMENTS).waitFor();
    await page.getByTestId('confirm-talk').click();
    await page.getByTestId('talk-state').getByText('Bekræftet af den overordnede leder').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('follow-up-superior-confirmed');
    const stored = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('follow_up_plans').select(['talk_confirmed_at', 'leader_id']).where('round_id', '=', roundId).where('leader_id', '=', leader.personId).executeTakeFirstOrThrow());
    expect(stored.talk_confirmed_at).not.toBeNull();
    await signOut(session.page);
  });

  it('shows the tenant admin the status only, by default', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/follow-up`);
    await page.getByRole('heading', { level: 2, name: 'Hele organisationen' }).waitFor();
    // HR narrows the organisation to the superior's chain: the leader's row is there, with the talk confirmed.
    await page.getByLabel('Ledelseskæde', { exact: true }).selectOption(superiorId);
    await page.getByRole('heading', { level: 2, name: /^Ledelseskæden under / }).waitFor();
    const row = page.getByRole('table', { name: 'Opfølgning pr. leder' }).getByRole('row').filter({ hasText: leader.name });
    await row.getByRole('cell', { name: 'Ja' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('follow-up-admin-chain-status');
    await row.getByRole('link', { name: `Åbn plan: ${leader.name}` }).click();
    await page.getByText('Organisationen giver administratorer og analytikere adgang til status for opfølgningen').waitFor();
    await page.getByTestId('talk-state').getByText('Bekræftet af den overordnede leder').waitFor();
    expect(await page.getByText(AGREEMENTS).count()).toBe(0);
    expect(await page.getByText('borgersag').count()).toBe(0);
    await settle(page);
    await session.screenshot('follow-up-admin-status-only');
  });
});
