import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMunicipality } from '../../packages/core/src/demo/municipality.ts';
import { peopleToCsv } from '../../packages/core/src/hierarchy/people-export.ts';
import { chromiumAvailable, openBrowser, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

const HEADER = 'person_id;name;email;manager_id;faggruppe;unit_name';
const PEOPLE = [
  '1001;Birgitte Ravn;bira@egeskov.dk;;administration;Direktionen',
  '1002;Ole Kjærgaard;okj@egeskov.dk;1001;administration;Børn og Unge',
  '1003;Hanne Østergård;hoe@egeskov.dk;1001;administration;Sundhed og Ældre',
  '1004;Mads Bæk;mab@egeskov.dk;1002;lærer;Ågade Skole',
  '1005;"Sørensen; Lise";lis@egeskov.dk;1002;pædagog;Børnehuset Mælkebøtten',
  '1006;Jens Lund;jlu@egeskov.dk;1004;lærer;',
  '1007;Karen Dahl;kda@egeskov.dk;1004;lærer;',
  '1013;Grethe Bach;gba@egeskov.dk;1003;sygeplejerske;Hjemmeplejen Nord',
  '1014;Frederik Holm;fho@egeskov.dk;1013;SOSU-assistent;',
];
/** As Danish Excel saves it: `;`, a BOM, CRLF. */
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);

describe.skipIf(!chromiumAvailable)('the leadership chain in the console: import with an error, fix, apply, find and move a person', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  const managerOf = async (personId: string) =>
    (await spejl.db.selectFrom('people').select('manager_id').where('tenant_id', '=', spejl.demoTenant.id).where('person_id', '=', personId).executeTakeFirst())?.manager_id;

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

  it('shows every problem of a bad file with line and column, and imports nothing', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ledelseskæden' }).click();
    await page.waitForURL('**/people');
    await page.getByTestId('people-summary').filter({ hasText: '320 personer' }).waitFor();
    await page.getByRole('link', { name: 'Importér HR-fil' }).click();
    await page.waitForURL('**/people/import');

    const broken = [...PEOPLE.slice(0, 6), '1007;Karen Dahl;kda@egeskov.dk;9999;lærer;', ...PEOPLE.slice(7)];
    await page.getByTestId('people-file').setInputFiles({ name: 'medarbejdere.csv', mimeType: 'text/csv', buffer: csv(broken) });
    const errors = page.getByTestId('import-errors');
    await errors.getByText('"9999" is not a person_id in this file').waitFor();
    expect(await errors.getByRole('row').filter({ hasText: '"9999"' }).innerText()).toMatch(/^8\s+manager_id\s+/);
    await page.getByText('Intet er importeret. Ret fejlene i filen og upload den igen.').waitFor();
    expect(await page.getByTestId('import-apply').count()).toBe(0);
    expect(await managerOf('1007')).toBeUndefined();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-import-errors');
  });

  it('previews the fixed file as a diff and applies it in one click', async () => {
    const { page } = session;
    await page.getByTestId('people-file').setInputFiles({ name: 'medarbejdere.csv', mimeType: 'text/csv', buffer: csv(PEOPLE) });
    const diff = page.getByTestId('import-diff');
    await diff.waitFor();
    expect(await page.getByTestId('diff-added').innerText()).toMatch(/^9\s/);
    expect(await page.getByTestId('diff-left').innerText()).toMatch(/^320\s/);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-import-diff');
    await page.getByTestId('import-apply').click();
    await page.getByText('Importen er gemt: 9 nye').waitFor();
    expect(await managerOf('1007')).toBe('1004');
    await page.getByTestId('import-history').getByText('medarbejdere.csv').first().waitFor();
  });

  it('finds a person by name in the tree and moves them to another leader', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Tilbage til ledelseskæden' }).click();
    await page.waitForURL('**/people');
    await page.getByTestId('people-summary').filter({ hasText: '9 personer' }).waitFor();

    await page.getByTestId('people-search').getByLabel('Find en person').fill('karen');
    await page.getByTestId('people-search').getByRole('button', { name: /Karen Dahl/ }).click();
    const tree = page.getByTestId('people-tree');
    await tree.getByRole('treeitem', { name: /Karen Dahl/, selected: true }).waitFor();
    expect(await tree.getByRole('treeitem', { name: /Mads Bæk/ }).getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByTestId('person-panel');
    await panel.getByRole('heading', { name: 'Karen Dahl' }).waitFor();
    await panel.getByText('Birgitte Ravn › Ole Kjærgaard › Mads Bæk').waitFor();

    await panel.getByTestId('move-search').getByLabel('Ny overordnet leder').fill('grethe');
    await panel.getByTestId('move-search').getByRole('button', { name: /Grethe Bach/ }).click();
    await panel.getByTestId('move-confirm').click();
    await page.getByText('Karen Dahl hører nu under Grethe Bach.').first().waitFor();
    expect(await managerOf('1007')).toBe('1013');
    await panel.getByText('Birgitte Ravn › Hanne Østergård › Grethe Bach').waitFor();
    await tree.getByRole('treeitem', { name: /Grethe Bach/ }).getByText('2 direkte').waitFor();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-tree-moved');
  });

  it('walks the tree with the keyboard', async () => {
    const { page } = session;
    const tree = page.getByTestId('people-tree');
    await tree.focus();
    await page.keyboard.press('Home');
    expect(await tree.getAttribute('aria-activedescendant')).toBe(await tree.getByRole('treeitem', { name: /Birgitte Ravn/ }).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('person-panel').getByRole('heading', { name: 'Hanne Østergård' }).waitFor();
  });

  it('imports a realistic municipality file of several thousand rows through the console', async () => {
    const { page } = session;
    const people = generateMunicipality({ people: 5000, seed: 11 });
    await page.goto(`${spejl.url}/people/import`);
    await page.getByTestId('people-file').setInputFiles({ name: 'kommune.csv', mimeType: 'text/csv', buffer: Buffer.from(peopleToCsv(people)) });
    await page.getByTestId('import-diff').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('diff-added').innerText()).toMatch(/^5\.000\s/);
    await page.getByTestId('import-apply').click();
    await page.getByText('Importen er gemt: 5.000 nye').waitFor({ timeout: 30_000 });
    await page.goto(`${spejl.url}/people`);
    await page.getByTestId('people-summary').filter({ hasText: '5.000 personer' }).waitFor();
    const someone = people[4321]!;
    await page.getByTestId('people-search').getByLabel('Find en person').fill(someone.personId);
    await page.getByTestId('people-search').getByRole('button', { name: new RegExp(someone.name) }).first().click();
    await page.getByTestId('people-tree').getByRole('treeitem', { name: new RegExp(someone.name), selected: true }).waitFor();
    await session.screenshot('people-tree-municipality');
  });
});
