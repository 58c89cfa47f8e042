import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createRound, createUser, DEMO_LEADER_EMAIL, setMemberPerson, tenantThemes, themeSourceOf } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const SUPERIOR = { email: 'overordnet@example.org', password: 'en lang adgangskode til den overordnede' };
const ROUND = 'Måling med sideordnede ledere';

describe.skipIf(!chromiumAvailable)('peers nominated by the leader, approved by their superior, asked at launch', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let tenantId = '';
  let roundId = '';
  let leader = { personId: '', name: '' };
  let superior = { personId: '', name: '' };
  let peer = { personId: '', name: '' };

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    tenantId = spejl.demoTenant.id;
    const account = await createUser(spejl.db, { email: SUPERIOR.email, name: 'Overordnet leder', password: SUPERIOR.password });
    const { themes } = await import('@spejl/plugin-registry');
    await withTenant(spejl.db, tenantId, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      const people = await tx.selectFrom('people').select(['person_id', 'name', 'manager_id']).orderBy('person_id').execute();
      const own = people.find((p) => p.person_id === member.person_id)!;
      const boss = people.find((p) => p.person_id === own.manager_id)!;
      leader = { personId: own.person_id, name: own.name };
      superior = { personId: boss.person_id, name: boss.name };
      // A peer the rules allow: a leader who is neither the demo leader, their superior nor one of their employees.
      const leads = new Set(people.map((p) => p.manager_id));
      const allowed = people.filter((p) => leads.has(p.person_id) && p.person_id !== own.person_id && p.person_id !== boss.person_id && p.manager_id !== own.person_id);
      const other = allowed.find((p) => p.manager_id === boss.person_id) ?? allowed[0]!;
      peer = { personId: other.person_id, name: other.name };
      // The superior gets an account of their own, bound to their person as an admin would bind it.
      await addMember(tx, tenantId, account.id, 'leader', null);
      await setMemberPerson(tx, tenantId, account.id, boss.person_id, null);
      const available = (await tenantThemes(tx, themes)).filter((t) => t.id === 'borgerorientering' || t.id === 'samarbejde');
      roundId = (await createRound(tx, tenantId, { name: ROUND, themes: available.map((t) => ({ id: t.id })) }, themeSourceOf(available))).id;
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  async function signOut(): Promise<void> {
    const { page } = session;
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login');
  }

  it('lets the demo leader find a peer by name and nominate them from "Mine sideordnede ledere"', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    await nav.getByRole('link', { name: 'Mine sideordnede ledere' }).click();
    await page.waitForURL('**/my-peers');
    await page.getByRole('heading', { level: 1, name: 'Mine sideordnede ledere' }).waitFor();
    const round = page.getByRole('region', { name: ROUND });
    await round.getByText('Du har ikke indstillet nogen endnu.').waitFor();
    // Their superior is never offered.
    await round.getByLabel('Søg leder efter navn').fill(superior.name);
    await round.getByText('Ingen ledere matcher.').waitFor();
    await round.getByLabel('Søg leder efter navn').fill(peer.name);
    await round.getByRole('button', { name: `Indstil ${peer.name} som sideordnet leder` }).click();
    await round.getByText(`${peer.name} er indstillet og venter på godkendelse.`).waitFor();
    await round.getByTestId('own-nominations').getByRole('cell', { name: 'Afventer godkendelse' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('peer-nominations-leader');
    await signOut();
  });

  it('shows the superior the nomination waiting for them, and Godkend approves it', async () => {
    const { page } = session;
    await signIn(page, spejl.url, SUPERIOR, 'my-reports');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine sideordnede ledere' }).click();
    const waiting = page.getByRole('region', { name: 'Venter på din godkendelse' });
    await waiting.getByRole('cell', { name: leader.name, exact: true }).waitFor();
    await settle(page);
    await session.screenshot('peer-nominations-superior-waiting');
    await waiting.getByRole('button', { name: `Godkend ${peer.name} som sideordnet leder for ${leader.name}` }).click();
    await waiting.getByText('Ingen indstillinger venter på dig.').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('peer-nominations-superior-approved');
    await signOut();
  });

  it('shows the leader the approval, in English too', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.goto(`${spejl.url}/my-peers`);
    await page.getByRole('region', { name: ROUND }).getByRole('cell', { name: 'Godkendt' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My peers' }).waitFor();
    await page.getByRole('region', { name: ROUND }).getByRole('cell', { name: 'Approved' }).waitFor();
    await settle(page);
    await session.screenshot('peer-nominations-leader-en');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine sideordnede ledere' }).waitFor();
    await signOut();
  });

  it('launches as an admin, and the approved peer has a form about the leader', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin, 'overview');
    await page.goto(`${spejl.url}/rounds/${roundId}`);
    await page.getByTestId('round-launch').click();
    await page.getByRole('dialog', { name: `Start målingen "${ROUND}"?` }).getByRole('button', { name: 'Start og send invitationer' }).click();
    await page.getByText(/^Målingen er startet: \d+ ledere, \d+ respondenter, \d+ spørgeskemaer\.$/).waitFor();
    await settle(page);
    await session.screenshot('peer-nominations-launched');
    const forms = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('round_assignments').select(['person_id', 'subject_id']).where('round_id', '=', roundId).where('role', '=', 'peer').execute());
    expect(forms).toEqual([{ person_id: peer.personId, subject_id: leader.personId }]);
  });
});
