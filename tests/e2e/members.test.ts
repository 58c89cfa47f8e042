import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@spejl/core';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn, signOut } from './harness.ts';

const INVITEE = 'mette.moeller@egeskov.example';
/** Someone who already has a Spejl account (from another organisation) when Egeskov invites them. */
const HOLDER = { email: 'jens.holm@naboby.example', password: 'jens har sin egen adgangskode' };

describe.skipIf(!chromiumAvailable)('a tenant admin in the browser: own organisation only, invitations, roles', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let invitationLink = '';

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  async function signInAs(email: string, password: string): Promise<void> {
    const { page } = session;
    await signIn(page, spejl.url, { email, password });
  }

  it('lands the tenant admin in their own organisation, with no way to the operator pages', async () => {
    const { page } = session;
    await signInAs(spejl.admin.email, spejl.admin.password);
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Anne Admin' }).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allTextContents();
    expect(nav).toEqual(expect.arrayContaining(['Oversigt', 'Brugere og invitationer', 'Udbakke', 'Indstillinger']));
    expect(nav).not.toContain('Organisationer');
    const switcher = page.getByRole('banner').getByLabel('Organisation');
    expect(await switcher.locator('option:not([disabled])').allTextContents()).toEqual(['Egeskov Kommune']);
    // The demo tenant's green brand colour replaces Spejl's blue.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--spejl-primary').trim())).toBe('#1f6f4a');

    await page.goto(`${spejl.url}/tenants`);
    await page.waitForURL('**/overview');
  });

  it('shows settings read-only to a tenant admin (only operators change them)', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger for Egeskov Kommune' }).waitFor();
    // The page says what the admin may change: comment review, saved at once above the operator's settings.
    await page.getByText('Gennemsyn af kommentarer bestemmer I selv').waitFor();
    await page.getByText('kan kun jeres operatør ændre').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Gennemse kommentarer før frigivelse' }).isDisabled()).toBe(false);
    expect(await page.getByLabel('Navn', { exact: true }).isDisabled()).toBe(true);
    // The peers' and comment thresholds are shown, read-only: the comment threshold empty with its default.
    expect(await page.getByLabel('Grænse for sideordnede ledere').inputValue()).toBe('3');
    expect(await page.getByLabel('Grænse for sideordnede ledere').isDisabled()).toBe(true);
    expect(await page.getByLabel('Grænse for kommentarer').getAttribute('placeholder')).toMatch(/^Standard: \d+$/);
    expect(await page.getByLabel('Grænse for kommentarer').isDisabled()).toBe(true);
    expect(await page.getByTestId('tenant-save').count()).toBe(0);
  });

  it('invites a colleague by e-mail; the invitation waits in the list and the mail in the outbox', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere og invitationer' }).click();
    const members = page.getByTestId('member-table');
    await members.getByText('Anne Admin').waitFor();
    await members.getByText('(dig)').waitFor();

    await page.getByLabel('E-mail').fill('not-an-address');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText("Skriv en gyldig e-mailadresse").waitFor();

    // A refusal from the server (already a member) is shown, and once the address changes the next try goes through.
    await page.getByLabel('E-mail').fill(spejl.admin.email);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Analytiker' });
    await page.getByText('Analytiker: ser alle rapporter').waitFor();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const refusal = page.getByTestId('invite-form').getByRole('alert').filter({ hasText: /\S/ });
    await refusal.waitFor();

    await page.getByLabel('E-mail').fill(INVITEE);
    expect(await refusal.count()).toBe(0);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `Invitationen til ${INVITEE} ligger i udbakken, men er ikke sendt` }).waitFor();
    const invitations = page.getByTestId('invitation-table');
    await invitations.getByText(INVITEE).waitFor();
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('members-invited');

    await page.getByRole('link', { name: 'Se den i udbakken' }).click();
    await page.waitForURL('**/outbox');
    // The harness runs as `pnpm start` does (--demo, no mail server): the console says why it shows links.
    await page.getByTestId('outbox-demo-banner').getByText('Demotilstand: links vises her, fordi der ikke er en mailserver.').waitFor();
    // The invitee is also in the demo hierarchy, so a survey invitation may sit beside the account invitation.
    const mail = page.getByTestId('mail-list').getByRole('row').filter({ hasText: INVITEE }).filter({ hasText: 'Invitation til Egeskov Kommune' });
    await mail.locator('summary').click();
    const link = mail.getByRole('link', { name: /\/invite\?tenant=/ });
    invitationLink = (await link.getAttribute('href')) ?? '';
    expect(invitationLink).toContain(`${spejl.url}/invite?tenant=${spejl.demoTenant.id}&token=`);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('members-outbox');
  });

  it('lets the invitee create an account from the link and start as an analyst', async () => {
    const { page } = session;
    await signOut(session.page);
    await page.goto(invitationLink);
    await page.getByText('Du er inviteret til Egeskov Kommune som Analytiker.').waitFor();
    expect(seriousViolations(await session.axe())).toEqual([]);

    await page.getByLabel('Dit navn').fill('Mette Møller');
    await page.getByLabel('Vælg en adgangskode').fill('en lang sætning');
    await page.getByLabel('Gentag ny adgangskode').fill('en anden sætning');
    await page.getByRole('button', { name: 'Opret konto og accepter' }).click();
    await page.getByText('De to adgangskoder er ikke ens.').waitFor();
    await session.screenshot('members-accept-error');

    await page.getByLabel('Gentag ny adgangskode').fill('en lang sætning');
    await page.getByRole('button', { name: 'Opret konto og accepter' }).click();
    await page.getByText('Velkommen! Du er nu med i Egeskov Kommune.').waitFor();
    await page.getByRole('button', { name: 'Gå til Spejl' }).click();
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Mette Møller' }).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allTextContents();
    expect(nav).toContain('Oversigt');
    expect(nav).not.toContain('Brugere og invitationer');
    await page.goto(`${spejl.url}/members`);
    await page.waitForURL('**/overview');

    const membership = await spejl.db
      .selectFrom('memberships')
      .innerJoin('user', 'user.id', 'memberships.user_id')
      .select(['memberships.role', 'user.name'])
      .where('user.email', '=', INVITEE)
      .execute();
    expect(membership).toEqual([{ role: 'analyst', name: 'Mette Møller' }]);
  });

  it('lets the admin change a member’s role and remove them, after a confirmation', async () => {
    const { page } = session;
    await signOut(session.page);
    await signInAs(spejl.admin.email, spejl.admin.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere og invitationer' }).click();
    await page.getByLabel('Rolle for Mette Møller').selectOption({ label: 'Leder' });
    await page.getByTestId('announcer').filter({ hasText: 'Mette Møller er nu Leder.' }).waitFor({ state: 'attached' });
    const role = async () =>
      spejl.db.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.role').where('user.email', '=', INVITEE).executeTakeFirst();
    expect(await role()).toEqual({ role: 'leader' });

    await page.getByRole('button', { name: 'Fjern Mette Møller' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Fjern Mette Møller fra Egeskov Kommune?').waitFor();
    await settle(page);
    await session.screenshot('members-remove-confirm');
    await dialog.getByRole('button', { name: 'Fjern' }).click();
    await page.getByTestId('announcer').filter({ hasText: 'Mette Møller har ikke længere adgang.' }).waitFor({ state: 'attached' });
    expect(await role()).toBeUndefined();
    await page.getByTestId('member-table').getByText('Mette Møller').waitFor({ state: 'detached' });
  });
  /** The invitation link in the newest invitation mail to `email`, read from the outbox (demo mode). */
  async function invitationLinkFor(email: string): Promise<string> {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udbakke' }).click();
    const mail = page.getByTestId('mail-list').getByRole('row').filter({ hasText: email }).filter({ hasText: 'Invitation til Egeskov Kommune' }).first();
    await mail.locator('summary').click();
    return (await mail.getByRole('link', { name: /\/invite\?tenant=/ }).getAttribute('href')) ?? '';
  }

  it('asks someone who already has an account to sign in to it before accepting, and brings them back', async () => {
    const { page } = session;
    await createUser(spejl.db, { email: HOLDER.email, name: 'Jens Holm', password: HOLDER.password });
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere og invitationer' }).click();
    await page.getByLabel('E-mail').fill(HOLDER.email);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Analytiker' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `Invitationen til ${HOLDER.email} ligger i udbakken, men er ikke sendt` }).waitFor();
    const link = await invitationLinkFor(HOLDER.email);

    // Signed in as the admin who sent it: the page says whose invitation it is and offers to sign out.
    await page.goto(link);
    await page.getByText(`Invitationen er sendt til ${HOLDER.email}, men du er logget ind som ${spejl.admin.email}.`).waitFor();
    expect(await page.getByRole('button', { name: 'Accepter invitationen' }).count()).toBe(0);
    await settle(page);
    await session.screenshot('members-invite-wrong-account');
    await page.getByTestId('invite-sign-out').click();

    // Signed out, the link alone is not enough: sign in to the account, and come back here.
    await page.getByText('Du har allerede en konto med denne e-mail: log ind for at acceptere.').waitFor();
    expect(await page.getByRole('button', { name: 'Accepter invitationen' }).count()).toBe(0);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await settle(page);
    await session.screenshot('members-invite-sign-in-first');
    await page.getByRole('link', { name: 'Log ind for at acceptere' }).click();
    await page.waitForURL('**/login?redirect=**');
    await page.getByLabel('E-mail').fill(HOLDER.email);
    await page.getByLabel('Adgangskode', { exact: true }).fill(HOLDER.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL('**/invite?tenant=**');
    await page.getByText(`Du er logget ind som ${HOLDER.email}.`).waitFor();
    await page.getByRole('button', { name: 'Accepter invitationen' }).click();
    await page.getByText('Velkommen! Du er nu med i Egeskov Kommune.').waitFor();
    const membership = await spejl.db.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.role').where('user.email', '=', HOLDER.email).execute();
    expect(membership).toEqual([{ role: 'analyst' }]);
  });

  it('refuses a sixth wrong password for one account and says in minutes when to try again', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/overview`);
    await signOut(session.page);
    /** One sign-in through the form; the status the server answered. */
    const attempt = async (password: string) => {
      await page.getByLabel('E-mail').fill(HOLDER.email);
      await page.getByLabel('Adgangskode', { exact: true }).fill(password);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
      await page.getByRole('button', { name: 'Log ind' }).click();
      const status = (await answered).status();
      await page.getByRole('button', { name: 'Log ind' }).waitFor();
      return status;
    };
    for (let i = 1; i <= 5; i++) expect(await attempt(`forkert gæt nummer ${i}`)).toBe(401);
    await page.getByText('Forkert e-mail eller adgangskode.', { exact: false }).waitFor();
    // Even the right password now waits: guessing cannot go on.
    expect(await attempt(HOLDER.password)).toBe(429);
    await page.getByText('For mange forsøg – prøv igen om 15 minutter.').waitFor();
    expect(page.url()).toContain('/login');
    expect(seriousViolations(await session.axe())).toEqual([]);
    await settle(page);
    await session.screenshot('login-throttled');
  });
});

describe.skipIf(!chromiumAvailable)('the outbox outside demo mode', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    spejl = await startSpejl({ demo: false });
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('shows no personal link to the admin, and says why and that nothing is sent without a mail server', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere og invitationer' }).click();
    await page.getByLabel('E-mail').fill(INVITEE);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Analytiker' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `Invitationen til ${INVITEE} ligger i udbakken, men er ikke sendt` }).waitFor();
    await page.getByRole('link', { name: 'Se den i udbakken' }).click();
    const policy = page.getByTestId('outbox-links-hidden');
    await policy.getByText('Personlige links vises ikke her.').waitFor();
    await policy.getByText('Der er ingen mailserver sat op', { exact: false }).waitFor();
    expect(await page.getByTestId('outbox-demo-banner').count()).toBe(0);
    const mail = page.getByTestId('mail-list').getByRole('row').filter({ hasText: INVITEE }).filter({ hasText: 'Invitation til Egeskov Kommune' });
    await mail.locator('summary').click();
    await mail.getByText('[personligt link – kun til modtageren]').waitFor();
    expect(await page.getByTestId('mail-list').getByRole('link').count()).toBe(0);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await settle(page);
    await session.screenshot('outbox-links-hidden');
  });
});
