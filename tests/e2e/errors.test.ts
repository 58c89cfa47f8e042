import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LEADER_EMAIL } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

const HEADER = 'person_id;name;email;manager_id;faggruppe;unit_name';
/** A file with the mistakes an HR export really has: a bad address, a repeated id, a cycle, a missing name. */
const BROKEN = [
  '1001;Birgitte Ravn;bira@egeskov.dk;;administration;Direktionen',
  '1002;Ole Kjærgaard;okj@egeskov.dk;1001;administration;Børn og Unge',
  '1003;Bo Frandsen;bo.forkert@egeskov;1001;administration;Sundhed og Ældre',
  '1004;Mads Bæk;mab@egeskov.dk;1005;lærer;Ågade Skole',
  '1005;Lise Sørensen;lis@egeskov.dk;1004;pædagog;Børnehuset',
  '1002;Jens Lund;jlu@egeskov.dk;1001;lærer;',
  '1007;;kda@egeskov.dk;1002;lærer;',
];
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);

/** English a Danish admin must never meet: the server's sentences and zod's. */
const ENGLISH = /\b(is not|is also|already|cannot|managers form|you may not|Too small|expected|invalid input|person has|people have)\b/;

describe.skipIf(!chromiumAvailable)('errors a Danish admin can act on: said in Danish from their codes', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await signIn(session.page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('lists every problem of a people file in Danish, with line and column, and imports nothing', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/people/import`);
    await page.getByTestId('people-file').setInputFiles({ name: 'medarbejdere.csv', mimeType: 'text/csv', buffer: csv(BROKEN) });
    const errors = page.getByTestId('import-errors');
    await errors.getByText('"bo.forkert@egeskov" er ikke en gyldig e-mailadresse. Skriv den som navn@kommune.dk.').waitFor();
    await errors.getByText('Medarbejdernummeret "1002" står også på linje 3. Hver person skal have sit eget nummer.').waitFor();
    await errors.getByText('Navnet er tomt. Hver person skal have et navn.').waitFor();
    await errors.getByText(/^Lederne danner en ring, så ingen af disse personer har en øverste leder over sig: 1004 \(Mads Bæk\) → 1005 \(Lise Sørensen\) → 1004/).waitFor();
    expect(await errors.getByRole('row').filter({ hasText: 'bo.forkert' }).innerText()).toMatch(/^4\s+email\s+/);
    expect(await errors.innerText()).not.toMatch(ENGLISH);
    expect(await page.getByTestId('import-apply').count()).toBe(0);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('errors-people-import');
  });

  it('says in Danish that an invited address is already a member, beside the field and above the form', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere og invitationer' }).click();
    await page.getByLabel('E-mail').fill(spejl.admin.email);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Analytiker' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const form = page.getByTestId('invite-form');
    const refusal = form.getByRole('alert').filter({ hasText: /\S/ }).first();
    await refusal.waitFor();
    await form.getByText(`${spejl.admin.email} er allerede medlem (administrator).`).first().waitFor();
    expect(await form.innerText()).not.toMatch(ENGLISH);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('errors-invite-member');
  });

  it("tells a leader in Danish that another leader's report is not theirs to read", async () => {
    const { page } = session;
    let roundId = '';
    let stranger = '';
    await withTenant(spejl.db, spejl.demoTenant.id, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      roundId = (await tx.selectFrom('rounds').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow()).id;
      const people = await tx.selectFrom('round_people').select(['person_id', 'manager_id']).where('round_id', '=', roundId).where('direct_reports', '>', 0).orderBy('ord').execute();
      stranger = people.find((p) => p.person_id !== member.person_id && p.manager_id !== member.person_id && p.manager_id !== null)!.person_id;
    });
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login');
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.goto(`${spejl.url}/results/${roundId}/leader/${stranger}`);
    // The coded refusal is the whole message: no generic "Du har ikke adgang til dette." or "Detaljer:" in front of it.
    await page.getByText(`Du må ikke læse lederrapporten for leder "${stranger}".`).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Du har ikke adgang til dette|Detaljer:/);
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('errors-report-forbidden');
  });
});
