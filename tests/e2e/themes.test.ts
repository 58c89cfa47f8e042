import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

describe.skipIf(!chromiumAvailable)('themes in the console: catalogue, framing per faggruppe, preview per respondent group', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  // Naive UI's select renders its options in a popup menu outside the field.
  // The menu fades out after a choice; axe must not meet its half-gone virtual list.
  const chooseOption = async (label: string) => {
    await session.page.locator('.n-base-select-option', { hasText: new RegExp(`^${label}$`) }).click();
    await session.page.locator('.n-base-select-menu').waitFor({ state: 'hidden' });
  };
  const enabled = async (themeId: string) =>
    (await spejl.db.selectFrom('tenant_themes').select('enabled').where('tenant_id', '=', spejl.demoTenant.id).where('theme_id', '=', themeId).executeTakeFirst())?.enabled;

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('lists the themes and switches one off and on again for new rounds', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Temaer' }).click();
    await page.waitForURL('**/themes');
    await page.getByTestId('theme-borgerorientering').getByRole('heading', { name: 'Borgerorientering' }).waitFor();
    await page.getByTestId('theme-faglig-ledelse').getByRole('heading', { name: 'Faglig ledelse' }).waitFor();

    const toggle = page.getByRole('switch', { name: 'Brug Faglig ledelse i nye målinger' });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await page.getByText('Faglig ledelse er slået fra. Målinger, der allerede er oprettet, beholder det.').waitFor();
    expect(await enabled('faglig-ledelse')).toBe(false);
    await toggle.click();
    await page.getByText('Faglig ledelse er slået til. Nye målinger kan bruge temaet.').waitFor();
    expect(await enabled('faglig-ledelse')).toBe(true);
    // The switch re-renders from the refetched list, which can land just after the notice.
    await page.getByRole('switch', { name: 'Brug Faglig ledelse i nye målinger', checked: true }).waitFor({ timeout: 5_000 });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('themes-catalogue');
  });

  it('refuses an example with a placeholder, then saves the teachers’ example with a live preview', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Rammesætning' }).click();
    await page.waitForURL('**/themes/framing');
    await page.getByTestId('suggest-lærer').click();
    const example = page.getByTestId('framing-row-0-da').locator('input');
    await example.fill('fx {{omraadeeksempel}}');
    await page.getByTestId('framing-save').click();
    await page.getByText('Skriv selve eksemplet uden krøllede parenteser, fx "elever og forældre".').waitFor();
    expect(await example.getAttribute('aria-invalid')).toBe('true');
    expect(await spejl.db.selectFrom('tenant_framing').selectAll().execute()).toEqual([]);

    await example.fill('elever og forældre');
    // The live preview shows the unsaved example to a teacher.
    await page.getByTestId('preview-faggruppe').click();
    await chooseOption('lærer');
    await page.getByTestId('preview-intro').filter({ hasText: 'tænker vi både på fx elever og forældre som en bred gruppe' }).waitFor();
    await page.getByTestId('framing-save').click();
    await page.getByText('Rammesætningen er gemt.').waitFor();
    const stored = await spejl.db.selectFrom('tenant_framing').select('faggruppe_examples').where('tenant_id', '=', spejl.demoTenant.id).executeTakeFirstOrThrow();
    expect(stored.faggruppe_examples).toEqual([{ faggruppe: 'lærer', example: { da: 'elever og forældre' } }]);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('themes-framing');
  });

  it('previews borgerorientering as a teacher and as a superior would read it', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Katalog' }).click();
    await page.getByTestId('theme-borgerorientering').getByRole('link', { name: 'Se tekster og forhåndsvisning' }).click();
    await page.waitForURL('**/themes/borgerorientering');
    await page.getByTestId('preview-faggruppe').click();
    await chooseOption('lærer');

    const intro = page.getByTestId('preview-intro');
    await intro.filter({ hasText: 'De næste spørgsmål handler om, hvordan du oplever din leders fokus' }).waitFor();
    expect(await intro.textContent()).toContain('tænker vi både på fx elever og forældre som en bred gruppe');
    expect(await page.getByTestId('preview-statement').first().textContent()).toBe('Min leder skaber en kultur, hvor vi sætter borgeren først i vores arbejde.');
    await page.getByTestId('example-source').filter({ hasText: 'kommer fra faggruppen lærer' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Hvad er det?' }).isVisible()).toBe(true);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('themes-preview-employee');

    await page.getByTestId('preview-role-superior').click();
    await page.getByTestId('preview-statement').first().filter({ hasText: 'Lederen skaber en kultur, hvor medarbejderne sætter borgeren først i deres arbejde.' }).waitFor();
    expect(await intro.textContent()).toContain('hvordan du oplever lederens fokus');
    expect(await page.locator('body').textContent()).not.toContain('{{');
    await settle(page);
    await session.screenshot('themes-preview-superior');
  });

  it('writes a local question that then stands in the catalogue and previews like any theme', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Lokale spørgsmål' }).click();
    await page.waitForURL('**/themes/local');
    // Open questions need a statement to follow: said before anything is written, and a save without one is refused at the section.
    await page.getByText('Åbne spørgsmål stilles efter de lokale udsagn, så der skal være mindst ét udsagn, før de kan gemmes.', { exact: false }).waitFor();
    await page.getByTestId('local-add-question').click();
    const early = page.getByTestId('local-question-0');
    await early.getByText('Står i svarfiler som kolonnen comment.lokale.<id>.', { exact: false }).waitFor();
    await early.getByLabel('Kort navn', { exact: true }).fill('Forslag');
    await early.getByLabel('Spørgsmålet til medarbejderne', { exact: true }).fill('Hvad foreslår du?');
    await early.getByLabel('Spørgsmålet til lederen selv (du-form)', { exact: true }).fill('Hvad foreslår du?');
    await early.getByLabel('Spørgsmålet til den overordnede leder', { exact: true }).fill('Hvad foreslår du?');
    await page.getByTestId('local-save').click();
    const sectionError = page.getByTestId('local-questions-error');
    await sectionError.getByText('Åbne spørgsmål stilles efter de lokale udsagn: tilføj mindst ét udsagn.').waitFor();
    expect(await early.getByText('tilføj mindst ét udsagn', { exact: false }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('local-questions-error');
    await settle(page);
    await session.screenshot('themes-local-open-question-needs-statement');
    expect(await spejl.db.selectFrom('local_questions').selectAll().execute()).toEqual([]);
    await early.getByRole('button', { name: 'Fjern åbent spørgsmål 1' }).click();
    await page.getByTestId('local-add').click();
    const item = page.getByTestId('local-item-0');
    await item.getByText('Står i svarfiler som kolonnen lokale.<id>.', { exact: false }).waitFor();
    await item.getByLabel('Kort navn', { exact: true }).fill('Arbejdsro');
    expect(await item.getByLabel('Id', { exact: true }).inputValue()).toBe('arbejdsro');
    await item.getByLabel('Medarbejdernes udsagn', { exact: true }).fill('Min leder sikrer arbejdsro, når vi har brug for det.');
    await item.getByLabel('Lederens eget udsagn (jeg-form)', { exact: true }).fill('Jeg sikrer arbejdsro, når mine medarbejdere har brug for det.');
    await page.getByTestId('local-save').click();
    // The superior's statement is missing: shown beside its field, nothing stored.
    await item.getByText('Skriv teksten på dansk.').waitFor();
    expect(await spejl.db.selectFrom('local_questions').selectAll().execute()).toEqual([]);

    await item.getByLabel('Den overordnede leders udsagn (lederen i tredje person)', { exact: true }).fill('Lederen sikrer arbejdsro, når medarbejderne har brug for det.');
    await page.getByTestId('local-save').click();
    await page.getByText('De lokale spørgsmål er gemt som version 1.').waitFor();
    await page.getByTestId('preview-role-self').click();
    await page.getByTestId('preview-statement').filter({ hasText: 'Jeg sikrer arbejdsro, når mine medarbejdere har brug for det.' }).waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('themes-local-questions');

    await page.getByRole('link', { name: 'Katalog' }).click();
    await page.getByTestId('theme-lokale').getByRole('heading', { name: 'Lokale spørgsmål' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Brug Lokale spørgsmål i nye målinger' }).getAttribute('aria-checked')).toBe('true');
  });

  it('adds a local open question after the statements, previews it with an answer box, and keeps it when the statements are saved again', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Lokale spørgsmål' }).click();
    await page.waitForURL('**/themes/local');
    await page.getByTestId('local-item-0').waitFor();
    await page.getByTestId('local-add-question').click();
    const question = page.getByTestId('local-question-0');
    await question.getByLabel('Kort navn', { exact: true }).fill('Idéer til arbejdsro');
    expect(await question.getByLabel('Id', { exact: true }).inputValue()).toBe('ideer-til-arbejdsro');
    await question.getByLabel('Spørgsmålet til medarbejderne', { exact: true }).fill('Hvad kunne give mere arbejdsro i jeres hverdag?');
    await question.getByLabel('Spørgsmålet til lederen selv (du-form)', { exact: true }).fill('Hvad kunne give dine medarbejdere mere arbejdsro?');
    await question.getByLabel('Spørgsmålet til den overordnede leder', { exact: true }).fill('Hvad kunne give lederens medarbejdere mere arbejdsro?');
    await page.getByTestId('local-save').click();
    await page.getByText('De lokale spørgsmål er gemt som version 2.').waitFor();
    const stored = await spejl.db.selectFrom('local_questions').select(['questions']).executeTakeFirstOrThrow();
    expect(stored.questions).toMatchObject([{ id: 'ideer-til-arbejdsro' }]);
    await page.getByTestId('preview-role-employee').click();
    await page.getByTestId('preview-question').filter({ hasText: 'Hvad kunne give mere arbejdsro i jeres hverdag?' }).waitFor();
    // Apart from the statements and their scale, under their own heading, unnumbered: they are optional.
    const open = page.getByTestId('preview-questions');
    await open.getByRole('heading', { name: 'Åbne spørgsmål (valgfrit)' }).waitFor();
    expect(await open.locator('ol').count()).toBe(0);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('themes-local-open-question');
    // Saving a change to a statement keeps the open question.
    await page.getByTestId('local-item-0').getByLabel('Medarbejdernes udsagn', { exact: true }).fill('Min leder sikrer arbejdsro, når vi har mest brug for det.');
    await page.getByTestId('local-save').click();
    await page.getByText('De lokale spørgsmål er gemt som version 3.').waitFor();
    expect((await spejl.db.selectFrom('local_questions').select(['questions']).executeTakeFirstOrThrow()).questions).toMatchObject([{ id: 'ideer-til-arbejdsro' }]);
  });
});
