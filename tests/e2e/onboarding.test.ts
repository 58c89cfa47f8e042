import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, peopleToCsv } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const PEOPLE = [
  { personId: 'S1', name: 'Signe Skov', email: 'signe@skovby.example', managerId: null, faggruppe: 'administration', unitName: 'Direktionen' },
  { personId: 'S2', name: 'Bo Bæk', email: 'bo@skovby.example', managerId: 'S1', faggruppe: 'lærer', unitName: 'Skovby Skole' },
  { personId: 'S3', name: 'Åse Holm', email: 'aase@skovby.example', managerId: 'S2', faggruppe: 'lærer', unitName: null },
];

describe.skipIf(!chromiumAvailable)('onboarding: a new organisation with its first admin invited, and its checklist', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let tenantId = '';

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await signIn(session.page, spejl.url, spejl.operator, 'tenants');
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  const steps = async () => {
    const list = session.page.getByTestId('onboarding-checklist');
    await list.waitFor();
    return Object.fromEntries(await Promise.all(['branding', 'people', 'themes', 'reports', 'round'].map(async (step) => [step, await list.getByTestId(`step-${step}`).getAttribute('data-done')] as const)));
  };

  it('creates an organisation and invites its first admin from the same form, refusing a broken address in Danish', async () => {
    const { page } = session;
    await page.getByTestId('new-tenant').click();
    await page.waitForURL('**/tenants/new');
    await page.getByLabel('Navn', { exact: true }).fill('Skovby Kommune');
    await page.getByLabel('E-mail til organisationens første administrator').fill('hr-skovby.example');
    await page.getByTestId('tenant-save').click();
    await page.getByText('Skriv en hel e-mailadresse, fx hr@kommune.dk, eller lad feltet stå tomt.').waitFor();
    expect(page.url()).toMatch(/\/tenants\/new$/);
    expect(await spejl.db.selectFrom('tenants').select('id').where('slug', '=', 'skovby-kommune').executeTakeFirst()).toBeUndefined();
    await page.getByLabel('E-mail til organisationens første administrator').fill('hr@skovby.example');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('onboarding-tenant-new');

    await page.getByTestId('tenant-save').click();
    await page.waitForURL('**/tenants');
    // No mail server in the browser tests: the console says the invitation waits in the outbox, not that it was sent.
    await page.getByText('Invitationen til hr@skovby.example ligger i udbakken, men er ikke sendt: Spejl har ingen mailserver sat op.').first().waitFor();
    const tenant = await spejl.db.selectFrom('tenants').select('id').where('slug', '=', 'skovby-kommune').executeTakeFirstOrThrow();
    tenantId = tenant.id;
    const invitation = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('invitations').select(['email', 'role']).executeTakeFirstOrThrow());
    expect(invitation).toEqual({ email: 'hr@skovby.example', role: 'admin' });
  });

  it("shows the new organisation's overview a checklist with nothing done, each step linking to where it is done", async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Vælg Skovby Kommune og arbejd i den' }).click();
    await page.waitForURL('**/overview');
    expect(await steps()).toEqual({ branding: 'false', people: 'false', themes: 'false', reports: 'false', round: 'false' });
    await page.getByTestId('onboarding-progress').filter({ hasText: '0 af 5 trin er klaret' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('onboarding-checklist-new');
    await page.getByTestId('step-themes').getByRole('link', { name: 'Vælg temaer' }).click();
    await page.waitForURL('**/themes');
  });

  it('ticks off what the data shows: the people imported, then the colour set', async () => {
    const { page } = session;
    await withTenant(spejl.db, tenantId, (tx) =>
      applyPeopleImport(tx, { fileName: 'skovby.csv', bytes: new TextEncoder().encode(peopleToCsv(PEOPLE)) }, { actor: { userId: null, label: 'test' }, source: 'cli' }),
    );
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Oversigt' }).click();
    // The checklist refetches on arrival: wait for the count before reading what it ticks off.
    await page.getByTestId('step-people').getByText('3 personer i hierarkiet').waitFor();
    expect(await steps()).toMatchObject({ people: 'true', branding: 'false', round: 'false' });

    await page.getByTestId('step-branding').getByRole('link', { name: 'Åbn indstillinger' }).click();
    await page.waitForURL('**/settings');
    await page.getByLabel('Primærfarve', { exact: true }).fill('#1d4f91');
    await page.getByTestId('tenant-save').click();
    await page.getByTestId('announcer').filter({ hasText: 'Ændringerne er gemt.' }).waitFor({ state: 'attached' });

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Oversigt' }).click();
    expect(await steps()).toEqual({ branding: 'true', people: 'true', themes: 'false', reports: 'false', round: 'false' });
    await page.getByTestId('onboarding-progress').filter({ hasText: '2 af 5 trin er klaret' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('onboarding-checklist-progress');
  });

  it('lets the invited first admin join from the mailed link and land on the same checklist', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udbakke' }).click();
    await page.waitForURL('**/outbox');
    const mail = page.getByTestId('mail-list').getByRole('row').filter({ hasText: 'hr@skovby.example' }).filter({ hasText: 'Invitation til Skovby Kommune' });
    await mail.locator('summary').click();
    const link = (await mail.getByRole('link', { name: /\/invite\?tenant=/ }).getAttribute('href')) ?? '';
    expect(link).toContain(`/invite?tenant=${tenantId}&token=`);
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login');

    await page.goto(link);
    await page.getByText('Du er inviteret til Skovby Kommune som Administrator.').waitFor();
    await page.getByLabel('Dit navn').fill('Hanne Skov');
    await page.getByLabel('Vælg en adgangskode').fill('en lang sætning om skoven');
    await page.getByLabel('Gentag ny adgangskode').fill('en lang sætning om skoven');
    await page.getByRole('button', { name: 'Opret konto og accepter' }).click();
    await page.getByText('Velkommen! Du er nu med i Skovby Kommune.').waitFor();
    await page.getByRole('button', { name: 'Gå til Spejl' }).click();
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Hanne Skov' }).waitFor();
    await page.getByTestId('step-people').getByText('3 personer i hierarkiet').waitFor();
    expect(await steps()).toEqual({ branding: 'true', people: 'true', themes: 'false', reports: 'false', round: 'false' });
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('onboarding-checklist-first-admin');
  });
});
