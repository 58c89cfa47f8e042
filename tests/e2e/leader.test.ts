import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LEADER_EMAIL } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn, signOut } from './harness.ts';

describe.skipIf(!chromiumAvailable)('a leader in the console: own reports only; admins bind leaders; operators benchmark', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId = '';
  let leader = { personId: '', name: '' };
  let stranger = { personId: '', name: '' };
  let directReport = { personId: '', name: '' };

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    const tenantId = spejl.demoTenant.id;
    await withTenant(spejl.db, tenantId, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      const round = await tx.selectFrom('rounds').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow();
      roundId = round.id;
      const people = await tx.selectFrom('round_people').select(['person_id', 'name', 'manager_id', 'direct_reports']).where('round_id', '=', roundId).where('direct_reports', '>', 0).orderBy('ord').execute();
      const own = people.find((p) => p.person_id === member.person_id)!;
      leader = { personId: own.person_id, name: own.name };
      const below = people.find((p) => p.manager_id === own.person_id)!;
      directReport = { personId: below.person_id, name: below.name };
      // Another leader neither the demo leader nor one of their direct reports: a sibling's report.
      const other = people.find((p) => p.person_id !== own.person_id && p.manager_id !== own.person_id && p.manager_id !== null)!;
      stranger = { personId: other.person_id, name: other.name };
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  async function signInAs(email: string, password: string, landing: string): Promise<void> {
    const { page } = session;
    await signIn(page, spejl.url, { email, password }, landing);
  }
  it('lands the demo leader on "Mine rapporter" with their own reports and nothing in the menu they cannot use', async () => {
    const { page } = session;
    await signInAs(spejl.leader.email, spejl.leader.password, 'my-reports');
    await page.getByRole('heading', { level: 1, name: 'Mine rapporter' }).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allTextContents();
    expect(nav.map((l) => l.trim())).toEqual(['Mine rapporter', 'Mine sideordnede ledere', 'Indsatser', 'Opfølgning']);
    const round = page.getByRole('region', { name: 'Ledelsesevaluering 2025' });
    await round.getByTestId('my-own-reports').getByRole('link', { name: 'Lederrapport' }).waitFor();
    // Egeskov lets superiors read their direct reports' reports (the default).
    await round.getByTestId('my-direct-reports').getByText(directReport.name).waitFor();
    expect(await round.getByTestId('my-direct-reports').getByText(stranger.name, { exact: true }).count()).toBe(0);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('leader-my-reports');
  });

  it('opens their own leader report with employee figures', async () => {
    const { page } = session;
    // The demo leader has reports of three rounds; this is the closed one.
    await page.getByRole('region', { name: 'Ledelsesevaluering 2025' }).getByTestId('my-own-reports').getByRole('link', { name: 'Lederrapport' }).click();
    await page.waitForURL(`**/results/${roundId}/leader/${leader.personId}`);
    const report = page.getByTestId('report-document');
    await report.waitFor();
    await page.getByRole('heading', { level: 1, name: leader.name }).waitFor();
    await report.getByRole('table').first().waitFor();
    expect(await report.innerText()).toMatch(/\d,\d/);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('leader-own-report');
    await page.getByRole('link', { name: '← Mine rapporter' }).click();
    await page.waitForURL('**/my-reports');
  });

  it("refuses another leader's report, the organisation overview and admin pages when the URL is typed in", async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/results/${roundId}/leader/${stranger.personId}`);
    await page.getByText(`Du må ikke læse lederrapporten for leder "${stranger.personId}".`).waitFor();
    expect(await page.getByTestId('report-document').count()).toBe(0);
    expect(await page.getByText(stranger.name).count()).toBe(0);
    await session.screenshot('leader-refused');

    await page.goto(`${spejl.url}/results/${roundId}/tenant`);
    await page.getByText('Organisationsoversigten er kun for administratorer og analytikere.').waitFor();
    expect(await page.getByTestId('report-document').count()).toBe(0);

    await page.goto(`${spejl.url}/members`);
    await page.waitForURL('**/my-reports');
    await page.goto(`${spejl.url}/results/${roundId}/benchmark`);
    await page.waitForURL('**/my-reports');
    await signOut(session.page);
  });

  it('lets an admin invite a leader only as a leader of the hierarchy, found by name', async () => {
    const { page } = session;
    await signInAs(spejl.admin.email, spejl.admin.password, 'overview');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere og invitationer' }).click();
    await page.getByTestId('member-table').getByText(leader.name).first().waitFor();

    await page.getByLabel('E-mail').fill('ny.leder@egeskov.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Vælg hvem i hierarkiet lederen er.').waitFor();

    const search = page.getByTestId('leader-search');
    const employee = await withTenant(spejl.db, spejl.demoTenant.id, (tx) =>
      tx.selectFrom('people as p').select(['p.person_id', 'p.name']).where(({ not, exists, selectFrom }) => not(exists(selectFrom('people as c').select('c.person_id').whereRef('c.manager_id', '=', 'p.person_id')))).orderBy('p.person_id').executeTakeFirstOrThrow(),
    );
    await search.getByRole('searchbox').fill(employee.person_id);
    await search.getByRole('button', { name: new RegExp(employee.name) }).first().click();
    await page.getByText(`${employee.name} har ingen medarbejdere`).waitFor();

    await search.getByRole('searchbox').fill(directReport.personId);
    await search.getByRole('button', { name: new RegExp(directReport.name) }).first().click();
    await page.getByText(`Valgt: ${directReport.name}`).waitFor();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'Invitationen til ny.leder@egeskov.example ligger i udbakken, men er ikke sendt' }).waitFor();
    await page.getByTestId('invitation-table').getByRole('row').filter({ hasText: 'ny.leder@egeskov.example' }).getByText(directReport.name).waitFor();
    const stored = await withTenant(spejl.db, spejl.demoTenant.id, (tx) => tx.selectFrom('invitations').select('person_id').where('email', '=', 'ny.leder@egeskov.example').executeTakeFirstOrThrow());
    expect(stored.person_id).toBe(directReport.personId);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('leader-invite');
    await signOut(session.page);
  });

  it("shows an operator a round's sector benchmark: the demo's three other municipalities' pooled mean beside this organisation's", async () => {
    const { page } = session;
    await signInAs(spejl.operator.email, spejl.operator.password, 'tenants');
    await page.getByRole('banner').getByLabel('Organisation').selectOption({ label: 'Egeskov Kommune' });
    await page.goto(`${spejl.url}/results/${roundId}`);
    await page.getByTestId('benchmark-link').click();
    await page.waitForURL(`**/results/${roundId}/benchmark`);
    await page.getByTestId('benchmark-status').filter({ hasText: '3 andre organisationer i sektoren indgår i sammenligningen.' }).waitFor();
    await page.getByTestId('report-document').getByText('Andre kommuner (3)').waitFor();
    for (const other of ['Bøgely', 'Fjordvig', 'Lyngholm']) expect(await page.getByTestId('report-document').getByText(other).count()).toBe(0);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('operator-benchmark');
  });
});
