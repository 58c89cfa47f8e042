import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

/** An HR file whose headers are the HR system's own words: Spejl cannot tell which column is which. */
const FILE = Buffer.from('\uFEFFNr;Hvem;Post;Chef;Fag;Sted\r\n1;Birgitte Ravn;bira@egeskov.dk;;administration;Direktionen\r\n2;Ole Kjærgaard;okj@egeskov.dk;1;administration;Børn og Unge\r\n');

describe.skipIf(!chromiumAvailable)("the people import's column mapper", () => {
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

  it('puts every select right under its label, in line with its neighbours, also beside a field that says it is missing', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/people/import`);
    await page.getByTestId('people-file').setInputFiles({ name: 'hr.csv', mimeType: 'text/csv', buffer: FILE });
    const mapper = page.getByTestId('column-mapping');
    await mapper.waitFor();
    const fields = await mapper.locator('.field').evaluateAll((els) =>
      els.map((el) => {
        const label = el.querySelector('label')!.getBoundingClientRect();
        const select = el.querySelector('select')!.getBoundingClientRect();
        return { label: el.querySelector('label')!.textContent, labelTop: label.top, gap: select.top - label.bottom, selectTop: select.top, invalid: el.classList.contains('invalid') };
      }),
    );
    // The six columns of DESIGN.md's people file, the optional unit code and the optional language.
    expect(fields.length).toBe(8);
    expect(fields.some((f) => f.invalid)).toBe(true);
    // The same small gap between each label and its select, whatever sits beneath the select.
    const gaps = fields.map((f) => Math.round(f.gap));
    expect(Math.max(...gaps) - Math.min(...gaps), JSON.stringify(fields)).toBeLessThanOrEqual(1);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(12);
    // Fields on one row have their labels and selects on one line.
    for (const a of fields) for (const b of fields.filter((f) => Math.abs(f.labelTop - a.labelTop) < 4)) expect(Math.abs(a.selectTop - b.selectTop), JSON.stringify(fields)).toBeLessThan(2);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('people-column-mapping');
  });
});
