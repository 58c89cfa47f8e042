import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createRound, createUser, DEMO_LEADER_EMAIL, setMemberPerson, tenantThemes, themeSourceOf } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, signOut, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const SUPERIOR = { email: 'overordnet@example.org', password: 'en lang adgangskode til den overordnede' };
const ROUND = 'Måling med sideordnede ledere';

describe.skipIf(!chromiumAvailable)('peers nominated by the leader, approved by their superior, asked at launch', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let tenantId = '';
  let roundId = '';
  let leader = { personId: '', name: '', label: '' };
  let superior = { personId: '', name: '', label: '' };
  let peer = { personId: '', name: '', label: '' };
  let standing: { personId: string; name: string }[] = [];

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    tenantId = spejl.demoTenant.id;
    const account = await createUser(spejl.db, { email: SUPERIOR.email, name: 'Overordnet leder', password: SUPERIOR.password });
    const { themes } = await import('@spejl/plugin-registry');
    await withTenant(spejl.db, tenantId, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      const people = await tx.selectFrom('people').select(['person_id', 'name', 'manager_id', 'unit_name']).orderBy('person_id').execute();
      // How the page names a person: with unit and id, which tell two leaders of one name apart.
      const labelled = (p: (typeof people)[number]) => ({ personId: p.person_id, name: p.name, label: `${p.name} (${p.unit_name ? `${p.unit_name}, ` : ''}id ${p.person_id})` });
      const own = people.find((p) => p.person_id === member.person_id)!;
      const boss = people.find((p) => p.person_id === own.manager_id)!;
      leader = labelled(own);
      superior = labelled(boss);
      // The demo's standing list already gives the leader peers; the round takes them unless it gets its own list.
      const listed = new Set((await tx.selectFrom('standing_peers').select('peer_id').where('subject_id', '=', own.person_id).execute()).map((p) => p.peer_id));
      standing = people.filter((p) => listed.has(p.person_id)).map((p) => ({ personId: p.person_id, name: p.name }));
      // A peer the rules allow, not on the list yet: a leader who is neither the demo leader, their superior nor one of their employees.
      const leads = new Set(people.map((p) => p.manager_id));
      const allowed = people.filter((p) => leads.has(p.person_id) && p.person_id !== own.person_id && p.person_id !== boss.person_id && p.manager_id !== own.person_id && !listed.has(p.person_id));
      peer = labelled(allowed.find((p) => p.manager_id === boss.person_id) ?? allowed[0]!);
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

  it('lets the demo leader find a peer by name and nominate them from "Mine sideordnede ledere"', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    await nav.getByRole('link', { name: 'Mine sideordnede ledere' }).click();
    await page.waitForURL('**/my-peers');
    await page.getByRole('heading', { level: 1, name: 'Mine sideordnede ledere' }).waitFor();
    const round = page.getByRole('region', { name: ROUND });
    await round.getByText('Du har ikke indstillet nogen endnu.').waitFor();
    // The peers the round already has for the leader, from the organisation's standing list, are shown before any nomination.
    const current = round.getByRole('table', { name: `Dine sideordnede ledere i ${ROUND}` });
    expect(standing.length).toBeGreaterThan(0);
    for (const p of standing) await current.getByRole('row').filter({ hasText: p.name }).getByRole('cell', { name: 'Organisationens liste' }).waitFor();
    // One already on the list is not offered again.
    await round.getByLabel('Søg leder efter navn').fill(standing[0]!.name);
    await round.getByTestId('nomination-candidates').or(round.getByText('Ingen ledere matcher.')).waitFor();
    expect(await round.getByRole('button', { name: new RegExp(`^Indstil .*id ${standing[0]!.personId}\\) som`) }).count()).toBe(0);
    // Their superior is never offered.
    await round.getByLabel('Søg leder efter navn').fill(superior.name);
    await round.getByText('Ingen ledere matcher.').waitFor();
    await round.getByLabel('Søg leder efter navn').fill(peer.name);
    await round.getByTestId('nomination-candidates').getByText(peer.label.slice(peer.name.length + 2, -1)).waitFor();
    await round.getByRole('button', { name: `Indstil ${peer.label} som sideordnet leder` }).click();
    await round.getByText(`${peer.label} er indstillet og venter på godkendelse.`).waitFor();
    await round.getByTestId('own-nominations').getByRole('cell', { name: 'Afventer godkendelse' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('peer-nominations-leader');
    await signOut(session.page);
  });

  it('shows the superior the nomination waiting for them, and Godkend approves it', async () => {
    const { page } = session;
    await signIn(page, spejl.url, SUPERIOR, 'my-reports');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine sideordnede ledere' }).click();
    const waiting = page.getByRole('region', { name: 'Venter på din godkendelse' });
    await waiting.getByRole('cell', { name: leader.name }).first().waitFor();
    await settle(page);
    await session.screenshot('peer-nominations-superior-waiting');
    await waiting.getByRole('button', { name: `Godkend ${peer.label} som sideordnet leder for ${leader.label}` }).click();
    await waiting.getByText('Ingen indstillinger venter på dig.').waitFor();
    // The decision stays in view: the superior's latest decisions, with who, which peer and what they said.
    const decided = waiting.getByRole('table', { name: 'Dine seneste beslutninger om indstillinger' }).getByRole('row').filter({ hasText: peer.name });
    await decided.getByRole('cell', { name: 'Godkendt' }).waitFor();
    expect(await decided.textContent()).toContain(leader.name);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('peer-nominations-superior-approved');
    await signOut(session.page);
  });

  it('shows the leader the approval, in English too', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.goto(`${spejl.url}/my-peers`);
    const round = page.getByRole('region', { name: ROUND });
    await round.getByTestId('own-nominations').getByRole('cell', { name: 'Godkendt' }).waitFor();
    // The approved peer joins the standing ones, which stay.
    const current = round.getByRole('table', { name: `Dine sideordnede ledere i ${ROUND}` });
    await current.getByRole('row').filter({ hasText: peer.name }).getByRole('cell', { name: 'Din godkendte indstilling' }).waitFor();
    expect(await current.getByRole('row').count()).toBe(standing.length + 2);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My peers' }).waitFor();
    await page.getByRole('region', { name: ROUND }).getByTestId('own-nominations').getByRole('cell', { name: 'Approved' }).waitFor();
    await page.getByRole('region', { name: ROUND }).getByRole('cell', { name: 'Your approved nomination' }).waitFor();
    await settle(page);
    await session.screenshot('peer-nominations-leader-en');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine sideordnede ledere' }).waitFor();
    await signOut(session.page);
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
    const forms = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('round_assignments').select(['person_id', 'subject_id']).where('round_id', '=', roundId).where('role', '=', 'peer').where('subject_id', '=', leader.personId).execute());
    expect(forms.map((f) => f.person_id).sort()).toEqual([peer.personId, ...standing.map((p) => p.personId)].sort());
  });
});
