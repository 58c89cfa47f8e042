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
    // The file picker speaks Danish whatever the browser's own language: our button, our "no file" text.
    await page.getByRole('button', { name: 'Vælg fil – HR-fil' }).waitFor();
    await page.getByText('Ingen fil valgt.').first().waitFor();

    const broken = [...PEOPLE.slice(0, 6), '1007;Karen Dahl;kda@egeskov.dk;9999;lærer;', ...PEOPLE.slice(7)];
    await page.getByTestId('people-file').setInputFiles({ name: 'medarbejdere.csv', mimeType: 'text/csv', buffer: csv(broken) });
    await page.getByRole('button', { name: 'Vælg en anden fil – HR-fil' }).waitFor();
    const errors = page.getByTestId('import-errors');
    await errors.getByText('"9999" er ikke et medarbejdernummer i filen').waitFor();
    expect(await errors.getByRole('row').filter({ hasText: '"9999"' }).innerText()).toMatch(/^8\s+manager_id\s+/);
    await page.getByText('Intet er importeret. Ret fejlene i filen og upload den igen.').waitFor();
    expect(await page.getByTestId('import-apply').count()).toBe(0);
    expect(await managerOf('1007')).toBeUndefined();
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-import-errors');
  });

  it('asks to confirm a file that marks more than 10 % as having left, naming the numbers and listing who leaves and moves, searchable', async () => {
    const { page } = session;
    const stored = await spejl.db.selectFrom('people').select(['person_id', 'name', 'email', 'manager_id', 'faggruppe', 'unit_name']).where('tenant_id', '=', spejl.demoTenant.id).orderBy('person_id').execute();
    const people = stored.map((r) => ({ personId: r.person_id, name: r.name, email: r.email, managerId: r.manager_id, faggruppe: r.faggruppe, unitName: r.unit_name }));
    const leaders = new Set(people.map((p) => p.managerId));
    const staff = people.filter((p) => !leaders.has(p.personId));
    const leaving = new Set(staff.slice(0, 41).map((p) => p.personId));
    const moving = staff.slice(41, 51);
    const top = people.find((p) => p.managerId === null)!;
    const next = people.filter((p) => !leaving.has(p.personId)).map((p) => (moving.includes(p) ? { ...p, managerId: top.personId } : p));
    await page.getByTestId('people-file').setInputFiles({ name: 'omorganisering.csv', mimeType: 'text/csv', buffer: Buffer.from(peopleToCsv(next)) });

    const confirm = page.getByTestId('large-change');
    await confirm.waitFor();
    expect(await page.getByTestId('large-change-numbers').innerText()).toBe('41 personer markeres som fratrådt og 10 flyttes til en ny leder – 15,9\u00a0% af de 320 personer, mere end grænsen på 10 %.');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    const review = page.getByTestId('change-review');
    await review.getByRole('heading', { name: 'Markeres som fratrådt (41)' }).waitFor();
    await review.getByRole('heading', { name: 'Flyttes til en ny leder (10)' }).waitFor();
    // Paged: ten of the 41 leavers on the first page.
    expect(await page.getByTestId('review-left').locator('tbody tr').count()).toBe(10);
    const leaver = staff[7]!;
    const mover = moving[3]!;
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-import-confirm');

    await review.getByLabel('Søg i fratrådte og flyttede').fill(leaver.personId);
    await review.getByText(`1 fratrådte og 0 flyttede passer på "${leaver.personId}".`).waitFor();
    expect(await page.getByTestId('review-left').locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining(leaver.name)]);
    await review.getByLabel('Søg i fratrådte og flyttede').fill(mover.name);
    const moverRow = page.getByTestId('review-moved').locator('tbody tr').filter({ hasText: mover.personId });
    const oldManager = people.find((p) => p.personId === mover.managerId)!;
    expect(await moverRow.innerText()).toMatch(new RegExp(`${oldManager.name} \\(${oldManager.personId}\\)\\s+${top.name} \\(${top.personId}\\)`));
    await session.screenshot('people-import-review-search');

    await confirm.getByLabel('Skriv BEKRÆFT for at bekræfte').fill('bekræft');
    expect(await page.getByTestId('import-apply').isEnabled()).toBe(true);
    await page.getByTestId('import-apply').click();
    await page.getByText('Importen er gemt: 0 nye, 10 med ny leder, 0 med nyt navn, 0 ændrede og 41 fratrådte.').waitFor();
    expect(await managerOf(leaver.personId)).toBeUndefined();
    expect(await managerOf(mover.personId)).toBe(top.personId);
  });

  it('previews the fixed file as a diff and applies it once the removal is confirmed', async () => {
    const { page } = session;
    await page.getByTestId('people-file').setInputFiles({ name: 'medarbejdere.csv', mimeType: 'text/csv', buffer: csv(PEOPLE) });
    const diff = page.getByTestId('import-diff');
    await diff.waitFor();
    expect(await page.getByTestId('diff-added').innerText()).toMatch(/^9\s/);
    expect(await page.getByTestId('diff-left').innerText()).toMatch(/^279\s/);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-import-diff');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.getByLabel('Skriv BEKRÆFT for at bekræfte').fill('BEKRÆFT');
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

  it('never offers a person\'s own reports, at any depth, as their new leader', async () => {
    const { page } = session;
    const tree = page.getByTestId('people-tree');
    await page.getByTestId('people-search').getByLabel('Find en person').fill('ole');
    await page.getByTestId('people-search').getByRole('button', { name: /Ole Kjærgaard/ }).click();
    const panel = page.getByTestId('person-panel');
    await panel.getByRole('heading', { name: 'Ole Kjærgaard' }).waitFor();
    await tree.getByRole('treeitem', { name: /Ole Kjærgaard/, selected: true }).waitFor();
    // Everyone's address ends in egeskov.dk: the picker lists exactly those outside Ole's chain (Mads, Lise, Jens are in it; Karen moved out).
    await panel.getByTestId('move-search').getByLabel('Ny overordnet leder').fill('egeskov.dk');
    const hits = panel.getByTestId('move-search').getByRole('listitem');
    await panel.getByTestId('move-search').getByRole('button', { name: /^Birgitte Ravn/ }).waitFor();
    const names = (await hits.locator('.name').allInnerTexts()).sort();
    expect(names).toEqual(['Birgitte Ravn', 'Frederik Holm', 'Grethe Bach', 'Hanne Østergård', 'Karen Dahl']);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-move-picker');
    // Searching someone the chain rule leaves out says why, instead of "Ingen fundet".
    const search = panel.getByTestId('move-search');
    await search.getByLabel('Ny overordnet leder').fill('Mads Bæk');
    await search.getByRole('status').getByText('Mads Bæk er under Ole Kjærgaard og kan ikke være Ole Kjærgaards leder.').waitFor();
    await search.getByLabel('Ny overordnet leder').fill('Ole Kjærgaard');
    await search.getByRole('status').getByText('Ole Kjærgaard kan ikke være sin egen leder.').waitFor();
    await search.getByLabel('Ny overordnet leder').fill('');
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

  it('offers to read a |-separated file with | instead of a column mapper with one choice, and imports it so', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/people/import`);
    // As stored now: Karen Dahl works under Grethe Bach since the move above; only Jens gets a new name.
    const renamed = PEOPLE.map((l) => l.replace('Jens Lund', 'Jens Lund-Holm').replace('1007;Karen Dahl;kda@egeskov.dk;1004', '1007;Karen Dahl;kda@egeskov.dk;1013'));
    const piped = Buffer.from(`${[HEADER, ...renamed].map((l) => l.replace(/;(?! )/g, '|')).join('\r\n')}\r\n`);
    await page.getByTestId('people-file').setInputFiles({ name: 'lodret.csv', mimeType: 'text/csv', buffer: piped });
    const offer = page.getByTestId('reading-offer');
    await offer.waitFor();
    await page.getByTestId('import-errors').getByText('Kolonnenavnene står i én kolonne med "|" imellem').waitFor();
    expect(await page.getByTestId('column-mapping').count()).toBe(0);
    expect(await page.getByTestId('import-errors').locator('tbody tr').count()).toBe(1);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-import-pipe-offer');

    await offer.getByRole('button', { name: 'Læs filen med | som skilletegn' }).click();
    await page.getByTestId('import-diff').waitFor();
    await page.getByTestId('reading-used').getByText('Læst med | som skilletegn.').waitFor();
    expect(await page.getByTestId('diff-renamed').innerText()).toMatch(/^1\s/);
    expect(await page.getByTestId('large-change').count()).toBe(0);
    await session.screenshot('people-import-pipe-read');
    await page.getByTestId('import-apply').click();
    await page.getByText('Importen er gemt: 0 nye, 0 med ny leder, 1 med nyt navn').waitFor();
    const jens = await spejl.db.selectFrom('people').select('name').where('tenant_id', '=', spejl.demoTenant.id).where('person_id', '=', '1006').executeTakeFirst();
    expect(jens?.name).toBe('Jens Lund-Holm');

    // The same file again changes nothing: the page says so, and there is nothing to press.
    await page.getByTestId('people-file').setInputFiles({ name: 'lodret.csv', mimeType: 'text/csv', buffer: piped });
    await page.getByTestId('reading-offer').getByRole('button', { name: 'Læs filen med | som skilletegn' }).click();
    await page.getByText('Der er intet at gemme').waitFor();
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
  });

  it('lets an admin change the share of people past which an import must be confirmed', async () => {
    const { page } = session;
    const limit = async () => (await spejl.db.selectFrom('people_import_settings').select('large_change_percent').where('tenant_id', '=', spejl.demoTenant.id).executeTakeFirst())?.large_change_percent;
    const form = page.getByTestId('import-safety');
    await form.getByLabel('Bekræftelse kræves over (%)').fill('101');
    await form.getByRole('button', { name: 'Gem grænsen' }).click();
    await form.getByText('Skriv et helt tal fra 0 til 100.').waitFor();
    expect(await limit()).toBe(10);
    await form.getByLabel('Bekræftelse kræves over (%)').fill('25');
    await form.getByRole('button', { name: 'Gem grænsen' }).click();
    await form.getByText('Grænsen er gemt: bekræftelse kræves, når mere end 25 % ændres.').waitFor();
    expect(await limit()).toBe(25);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-import-limit', page);
    await form.getByLabel('Bekræftelse kræves over (%)').fill('10');
    await form.getByRole('button', { name: 'Gem grænsen' }).click();
    await form.getByText('Grænsen er gemt: bekræftelse kræves, når mere end 10 % ændres.').waitFor();
  });

  it('imports a realistic municipality file of several thousand rows through the console', async () => {
    const { page } = session;
    const people = generateMunicipality({ people: 5000, seed: 11 });
    await page.goto(`${spejl.url}/people/import`);
    await page.getByTestId('people-file').setInputFiles({ name: 'kommune.csv', mimeType: 'text/csv', buffer: Buffer.from(peopleToCsv(people)) });
    await page.getByTestId('import-diff').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('diff-added').innerText()).toMatch(/^5\.000\s/);
    // Every one of the nine people leaves: confirmed, as for any change past the limit.
    await page.getByLabel('Skriv BEKRÆFT for at bekræfte').fill('BEKRÆFT');
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
