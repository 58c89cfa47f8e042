import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTranslationCsv, hierarchySnapshots, launchRound, linkKeyFromEnv, saveTranslations } from '@spejl/core';
import { sql, withTenant } from '@spejl/db';
import { SCREENSHOT_DIR, chromiumAvailable, createDraftRound, ensureSurveyBuilt, openBrowser, settle, signIn, startSpejl, surveyLink, type BrowserSession, type RunningSpejl } from './harness.ts';

const ROUND = 'Sprog 2026';

describe.skipIf(!chromiumAvailable)('a round in Polish and Arabic: the admin translates, respondents read their language', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId = '';
  /** Two employees without reports of their own: one reads Polish, one Arabic. */
  let people: { pl: string; ar: string } = { pl: '', ar: '' };
  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(spejl.db, spejl.demoTenant.id, fn);

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    session = await openBrowser();
    // The people file's language column, as an import would have set it.
    const ids = await inTenant(async (tx) => (await sql<{ person_id: string }>`select person_id from people p where tenant_id = ${spejl.demoTenant.id}
      and manager_id is not null and not exists (select 1 from people r where r.tenant_id = p.tenant_id and r.manager_id = p.person_id) order by person_id limit 2`.execute(tx)).rows.map((r) => r.person_id));
    people = { pl: ids[0]!, ar: ids[1]! };
    await inTenant((tx) => tx.updateTable('people').set({ language: 'pl' }).where('tenant_id', '=', spejl.demoTenant.id).where('person_id', '=', people.pl).execute());
    await inTenant((tx) => tx.updateTable('people').set({ language: 'ar' }).where('tenant_id', '=', spejl.demoTenant.id).where('person_id', '=', people.ar).execute());
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('lets the admin add Polish, translate a text beside the Danish and import a translated file', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/rounds?tenant=${spejl.demoTenant.id}`);
    roundId = await createDraftRound(page, ROUND);
    await page.getByTestId('round-languages-link').click();
    await page.getByRole('heading', { level: 1, name: 'Sprog' }).waitFor();
    await page.getByTestId('no-languages').waitFor();

    await page.getByTestId('new-language').click();
    await page.keyboard.type('pl');
    await page.keyboard.press('Enter');
    await page.getByTestId('add-language').getByRole('button', { name: 'Tilføj' }).click();
    await page.getByText('polsk (pl) er tilføjet.').waitFor();
    const editor = page.getByTestId('translation-editor');
    await editor.waitFor();
    expect(await editor.getByTestId('missing').count()).toBeGreaterThan(50);

    const title = editor.locator('tr[data-key="theme.borgerorientering.title"]');
    expect(await title.locator('.da').textContent()).toBe('Borgerorientering');
    await title.locator('textarea').fill('Orientacja na obywatela');
    await editor.getByRole('button', { name: 'Gem oversættelser' }).click();
    await page.getByText('1 oversættelse gemt.').waitFor();
    await title.getByTestId('missing').waitFor({ state: 'detached' });

    // The translator's file: exported, one more text and a survey word filled in, imported back.
    // The same file the console's download button saves (exportTranslationCsv, audited by the router).
    const { csv } = await inTenant((tx) => exportTranslationCsv(tx, roundId, 'pl'));
    const firstItem = /"(theme\.borgerorientering\.item\.[^"]+\.employee)";"([^"]*)";"[^"]*";/.exec(csv)!;
    const translated = csv
      .replace(firstItem[0], `${firstItem[0]}"Mój lider dba o obywateli"`)
      .replace('"survey.form.next";"Næste";"Next";', '"survey.form.next";"Næste";"Next";"Dalej"')
      .replace(/("survey\.form\.prompt";"[^"]*";"[^"]*";)/, '$1"Na ile zgadzasz się z poniższymi stwierdzeniami?"');
    await page.getByTestId('translation-file').locator('input[type="file"]').setInputFiles({ name: 'pl.csv', mimeType: 'text/csv', buffer: Buffer.from(translated) });
    await page.getByRole('button', { name: 'Indlæs oversættelsesfil' }).click();
    await page.getByText('Filen er indlæst: 3 tekster ændret.').waitFor();
    await settle(page);
    await session.screenshot('round-languages-editor');
  });

  it('refuses a file built to hurt with coded errors in Danish, and changes nothing', async () => {
    const { page } = session;
    const before = await inTenant((tx) => tx.selectFrom('round_languages').select('texts').where('tenant_id', '=', spejl.demoTenant.id).where('round_id', '=', roundId).executeTakeFirstOrThrow());
    const evil = '\uFEFFkey;da;en;pl\r\ntheme.borgerorientering.title;x;x;"=HYPERLINK(""http://evil"",""klik"")"\r\n__proto__;x;x;zły\r\n';
    await page.getByTestId('translation-file').locator('input[type="file"]').setInputFiles({ name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(evil) });
    await page.getByRole('button', { name: 'Indlæs oversættelsesfil' }).click();
    await page.getByRole('alert').filter({ hasText: /./ }).first().waitFor();
    await settle(page);
    await page.locator('.form-alert.error').first().screenshot({ path: `${SCREENSHOT_DIR}/round-languages-evil-file.png` });
    const said = (await page.locator('.form-alert.error').first().textContent()) ?? '';
    expect(said).toContain('Oversættelsesfilen har 2 problemer. Intet er gemt.');
    expect(said).toContain('regnearksformel');
    expect(said).toContain('"__proto__" er ikke en tekst i denne måling');
    await page.locator('.form-alert.error').first().screenshot({ path: `${SCREENSHOT_DIR}/round-languages-evil-file.png` });
    const after = await inTenant((tx) => tx.selectFrom('round_languages').select('texts').where('tenant_id', '=', spejl.demoTenant.id).where('round_id', '=', roundId).executeTakeFirstOrThrow());
    expect(after).toEqual(before);
  });

  it('shows a respondent with language pl the Polish texts, marks the Danish stand-ins, and lets them switch', async () => {
    const { page } = session;
    // Arabic, added and partly translated through the same core the console calls; then the round is launched.
    await inTenant(async (tx) => {
      await tx.insertInto('round_languages').values({ tenant_id: spejl.demoTenant.id, round_id: roundId, locale: 'ar', texts: '{}' }).execute();
      await saveTranslations(tx, spejl.demoTenant.id, roundId, 'ar', [
        { key: 'theme.borgerorientering.title', text: 'التوجه نحو المواطن' },
        { key: 'survey.form.next', text: 'التالي' },
        { key: 'survey.overview.start', text: 'ابدأ' },
      ], { userId: null, via: 'console' });
      await launchRound(tx, spejl.demoTenant.id, roundId, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() });
    });
    const salt = (id: string) => inTenant((tx) => tx.selectFrom('round_respondents').select(['link_salt', 'locale']).where('tenant_id', '=', spejl.demoTenant.id).where('round_id', '=', roundId).where('person_id', '=', id).executeTakeFirstOrThrow());
    const polish = await salt(people.pl);
    expect(polish.locale).toBe('pl');

    await page.goto(surveyLink(spejl, polish.link_salt));
    await page.locator('html[lang="pl"]').waitFor();
    await page.getByTestId('untranslated-note').waitFor();
    await page.locator('main button').first().click();
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'Orientacja na obywatela' }).waitFor();
    await page.getByText('Na ile zgadzasz się z poniższymi stwierdzeniami?').waitFor();
    await page.getByText('Mój lider dba o obywateli').waitFor();
    expect(await page.locator('legend .untranslated').count()).toBeGreaterThan(0);
    expect(await page.locator('legend .untranslated').first().textContent()).toBe('dansk');
    const switcher = page.getByTestId('language-switcher');
    expect(await switcher.locator('option').allTextContents()).toEqual(['dansk', 'English', 'polski', 'العربية']);
    await settle(page);
    await session.screenshot('round-languages-survey-polish');

    await switcher.selectOption('da');
    await page.locator('html[lang="da"]').waitFor();
    await heading.filter({ hasText: 'Borgerorientering' }).waitFor();
    expect(await page.locator('.untranslated').count()).toBe(0);
  });

  it('lays an Arabic reader’s survey out right to left', async () => {
    const { page } = session;
    const arabic = await inTenant((tx) => tx.selectFrom('round_respondents').select('link_salt').where('tenant_id', '=', spejl.demoTenant.id).where('round_id', '=', roundId).where('person_id', '=', people.ar).executeTakeFirstOrThrow());
    const context = await page.context().browser()!.newContext({ viewport: { width: 412, height: 900 } });
    const reader = await context.newPage();
    await reader.goto(surveyLink(spejl, arabic.link_salt));
    await reader.locator('html[lang="ar"][dir="rtl"]').waitFor();
    await reader.getByRole('button', { name: 'ابدأ' }).first().click();
    const heading = reader.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'التوجه نحو المواطن' }).waitFor();
    // Right to left: the heading's text starts at the right edge of the page, the options' radios on their right.
    const box = (await heading.locator('span').first().boundingBox())!;
    const main = (await reader.locator('main').boundingBox())!;
    expect(main.x + main.width - (box.x + box.width)).toBeLessThan(40);
    expect(await reader.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).toBe('rtl');
    await settle(reader);
    await session.screenshot('round-languages-survey-arabic', reader);
    await context.close();
  });
});
