import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LEADER_EMAIL } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { calendarDayOf } from '@spejl/plugin-sdk/time';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, signOut, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const TITLE = 'Kan alle sætte borgeren i centrum? Stabene';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ANSWER = {
  did: 'Vi så inspirationsvideoen på personalemødet og talte om, hvem borgerne er for vores opgaver.',
  worked: 'Eksemplet fra regnskabsafdelingen gjorde det konkret.',
  wish: 'En video fra vores eget område.',
};

describe.skipIf(!chromiumAvailable)('an initiative from the borgerorientering template, answered by a targeted leader', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let leader = { personId: '', name: '' };

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await withTenant(spejl.db, spejl.demoTenant.id, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').innerJoin('people', (j) => j.onRef('people.tenant_id', '=', 'memberships.tenant_id').onRef('people.person_id', '=', 'memberships.person_id'))
        .select(['people.person_id', 'people.name']).where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      leader = { personId: member.person_id, name: member.name };
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('lets the admin start from the template, aim it at the demo leader\'s chain, add a file and open the follow-up today', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indsatser' }).click();
    await page.waitForURL('**/initiatives');
    await page.getByRole('heading', { level: 1, name: 'Indsatser' }).waitFor();
    await page.getByTestId('new-initiative').click();
    await page.waitForURL('**/initiatives/new');
    await settle(page);
    await page.getByTestId('initiative-template').selectOption('borgerorientering/alle-saetter-borgeren-i-centrum');
    // The suggestion fills in the source text's case; the admin adapts the title.
    await expect.poll(() => page.getByTestId('initiative-title').inputValue()).toBe('Kan alle sætte borgeren i centrum?');
    expect(await page.getByTestId('initiative-description').inputValue()).toContain('inspirationsvideoer');
    expect(await page.getByTestId('follow-up-months').inputValue()).toBe('2');
    await page.getByTestId('initiative-title').fill(TITLE);
    await page.getByTestId('add-link').click();
    await page.getByTestId('link-title-0').fill('Inspirationsvideo: Regnskabets borgere');
    await page.getByTestId('link-url-0').fill('https://video.example.org/regnskab');
    // "Below a value" reads only published means: the preview counts the leaders without one, and never names them.
    await page.getByTestId('aim-below').click();
    const round = page.getByTestId('aim-round');
    await round.selectOption({ index: 1 });
    await page.getByTestId('aim-theme').selectOption('borgerorientering');
    await page.getByTestId('aim-preview').click();
    await page.getByTestId('aim-preview-result').getByText(/^\d+ ledere i målingen har intet offentliggjort resultat på temaet og er ikke valgt\.$/).waitFor();
    await session.screenshot('initiative-aim-below');
    await page.getByTestId('aim-chain').click();
    await page.getByTestId('aim-leader').selectOption(leader.personId);
    await page.getByTestId('aim-preview').click();
    await page.getByTestId('aim-preview-result').getByText(/^Indsatsen rammer \d+ ledere?$/).waitFor();
    expect(await page.getByTestId('aim-preview-result').textContent()).toContain(leader.name);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('initiative-create');
    await page.getByTestId('initiative-submit').click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    await page.getByTestId('material-file').setInputFiles({ name: 'Diskussionsmateriale.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('Diskussionsmateriale.pdf er tilføjet.').waitFor();
    // A file built to run script is refused, in Danish.
    await page.getByTestId('material-file').setInputFiles({ name: 'materiale.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') });
    await page.getByText(/Filen materiale\.html er ikke en PDF-, Word-/).waitFor();
    const today = calendarDayOf(new Date(), spejl.demoTenant.timeZone);
    await page.getByTestId('change-follow-up').fill(today);
    await page.getByTestId('save-follow-up').click();
    await page.getByText('Opfølgningsdatoen er gemt.').waitFor();
    await page.getByTestId('material-files').getByRole('link', { name: 'Hent Diskussionsmateriale.pdf' }).waitFor();
    await settle(page);
    await session.screenshot('initiative-admin-created');
    await signOut(session.page);
  });

  it('shows the targeted leader the material under Indsatser and takes their follow-up, said to be shown with their name', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indsatser' }).click();
    await page.waitForURL('**/initiatives');
    await page.getByTestId('my-initiatives').getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByTestId('material-links').getByRole('link', { name: 'Inspirationsvideo: Regnskabets borgere' }).waitFor();
    const download = await page.getByTestId('material-files').getByRole('link', { name: 'Hent Diskussionsmateriale.pdf' }).getAttribute('href');
    const served = await page.request.get(`${spejl.url}${download}`);
    // Through the real server: a download that is never sniffed into a page, sandboxed should a browser render it.
    const headers = served.headers();
    expect([served.status(), headers['content-type'], headers['content-disposition']?.startsWith('attachment'), headers['x-content-type-options'], headers['content-security-policy']])
      .toEqual([200, 'application/pdf', true, 'nosniff', "default-src 'none'; sandbox"]);
    expect(await page.getByTestId('follow-up-note').textContent()).toContain('vises med dit navn');
    await page.getByTestId('answer-did').fill(ANSWER.did);
    await page.getByTestId('answer-worked').fill(ANSWER.worked);
    await page.getByTestId('answer-wish').fill(ANSWER.wish);
    await page.getByTestId('answer-submit').click();
    await page.getByText('Tak. Din opfølgning er sendt.').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('initiative-leader-follow-up');
    await signOut(session.page);
  });

  it('gathers the answer and the participation on the initiative\'s page for the admin', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/initiatives`);
    await page.getByTestId('all-initiatives').getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const answer = page.getByTestId('answer').filter({ hasText: leader.name });
    await answer.getByText(ANSWER.did).waitFor();
    await answer.getByText(ANSWER.wish).waitFor();
    expect(await page.getByTestId('participation-summary').textContent()).toMatch(/ledere · 1 har åbnet materialet · 1 har besvaret opfølgningen$/);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('initiative-admin-answers');
  });
});
