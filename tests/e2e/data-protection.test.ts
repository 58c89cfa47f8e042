import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

describe.skipIf(!chromiumAvailable)('Databeskyttelse: the demo admin sets the retention period and erases a person', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    await signIn(session.page, spejl.url, spejl.admin);
  }, 180_000);
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('shows the record of processing, saves 48 months, and erases a person after the typed confirmation', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Databeskyttelse' }).click();
    await page.getByTestId('privacy-record').waitFor();
    expect(await page.getByTestId('privacy-record').innerText()).toContain('round_respondents');
    const months = page.getByTestId('retention-months').locator('input');
    // The demo keeps 36 months (its oldest round closed two years ago).
    expect(await months.inputValue()).toBe('36');
    await months.fill('48');
    await page.getByTestId('retention-save').click();
    await page.getByText('Opbevaringsperioden er gemt.').first().waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('data-protection');

    const tenantId = spejl.demoTenant.id;
    const leaf = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('people').select(['person_id', 'name'])
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('people as r').select('r.person_id').whereRef('r.manager_id', '=', 'people.person_id'))))
      .orderBy('person_id').executeTakeFirstOrThrow());
    await page.getByTestId('privacy-person').locator('input').fill(leaf.person_id);
    await page.getByTestId('privacy-erase').click();
    const dialog = page.getByTestId('privacy-erase-dialog');
    await dialog.getByTestId('privacy-erase-confirm').locator('input').fill(leaf.person_id);
    await session.screenshot('data-protection-erase');
    await dialog.getByRole('button', { name: 'Slet for altid' }).click();
    await page.getByText(`${leaf.person_id} er slettet.`).first().waitFor();
    const left = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('people').select('name').where('person_id', '=', leaf.person_id).execute());
    expect(left).toEqual([]);
  }, 180_000);
});
