import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, ensureSurveyBuilt, openBrowser, PHONE, seriousViolations, settle, startSpejl, surveyLink, type BrowserSession, type RunningSpejl } from './harness.ts';

describe.skipIf(!chromiumAvailable)('comments on a phone: the notice, the counter, autosave and the masking', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let link = '';
  let roundId = '';

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    session = await openBrowser();
    // The demo's open round asks its themes' open questions; take an employee who has not answered yet.
    const tenantId = spejl.demoTenant.id;
    const found = await withTenant(spejl.db, tenantId, async (tx) => {
      const round = await tx.selectFrom('rounds').select(['id', 'questions']).where('status', '=', 'open').executeTakeFirstOrThrow();
      const respondent = await tx.selectFrom('round_respondents as r').select(['r.link_salt'])
        .where('r.round_id', '=', round.id)
        .where('r.person_id', 'not in', (eb) => eb.selectFrom('round_assignments').select('person_id').where('round_id', '=', round.id).where((w) => w.or([w('role', '<>', 'employee'), w('finished_at', 'is not', null)])))
        .orderBy('r.person_id').limit(1).executeTakeFirstOrThrow();
      return { round, salt: respondent.link_salt };
    });
    expect(found.round.questions.length).toBeGreaterThan(0);
    roundId = found.round.id;
    link = surveyLink(spejl, found.salt);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  const storedComments = () => withTenant(spejl.db, spejl.demoTenant.id, (tx) => tx.selectFrom('round_forms').select('comments').where('round_id', '=', roundId).execute());

  it('tells the respondent who reads comments and under what threshold before anything is written', async () => {
    const phone = await session.browser.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(link);
    const notice = phone.getByTestId('comments-notice');
    await notice.getByRole('heading', { name: 'Dine kommentarer' }).waitFor();
    const threshold = await withTenant(spejl.db, spejl.demoTenant.id, (tx) => tx.selectFrom('rounds').select('comment_threshold').where('id', '=', roundId).executeTakeFirstOrThrow());
    expect(await notice.textContent()).toContain(`hvor mindst ${threshold.comment_threshold} har svaret`);
    expect(await notice.textContent()).toContain('CPR-numre fjernes automatisk');
    expect(seriousViolations(await session.axe(phone))).toEqual([]);
    await session.screenshot('comments-phone-notice', phone);
  });

  it('asks the open questions after the statements, optional, with a counter, and autosaves what is written, CPR number masked', async () => {
    const phone = session.browser.pages().at(-1)!;
    await phone.getByRole('button', { name: 'Start' }).click();
    const field = phone.getByRole('textbox').first();
    await field.waitFor();
    // Every statement of the page comes before the first comment field.
    const order = await phone.evaluate(() => {
      const all = [...document.querySelectorAll('fieldset, textarea')];
      return all.map((el) => el.tagName);
    });
    expect(order.indexOf('TEXTAREA')).toBe(order.lastIndexOf('FIELDSET') + 1);
    await phone.getByText('(valgfrit)').first().waitFor();
    await field.fill('Hun lytter altid. Mit cpr er 010190-1234 😀');
    await phone.getByText('42 af 2.000 tegn').waitFor();
    await phone.getByRole('status').getByText('Gemt', { exact: true }).waitFor();
    // Still in the field: what they typed stays put (no jumping cursor), and the field says the number is removed.
    await phone.getByTestId('cpr-removed').getByText('Det er gemt som [fjernet]', { exact: false }).waitFor();
    expect(await field.inputValue()).toBe('Hun lytter altid. Mit cpr er 010190-1234 😀');
    expect(seriousViolations(await session.axe(phone))).toEqual([]);
    await session.screenshot('comments-phone-field', phone);
    // Out of the field: it shows the comment as stored.
    await field.blur();
    await expect.poll(() => field.inputValue()).toBe('Hun lytter altid. Mit cpr er [fjernet] 😀');
    await phone.getByText('40 af 2.000 tegn').waitFor();
    await session.screenshot('comments-phone-cpr-masked', phone);
    const texts = (await storedComments()).flatMap((f) => Object.values(f.comments));
    expect(texts).toContain('Hun lytter altid. Mit cpr er [fjernet] 😀');
    expect(JSON.stringify(texts)).not.toContain('1234');
  });

  it('says by how much a comment is too long and saves nothing of it until it is shortened', async () => {
    const phone = session.browser.pages().at(-1)!;
    const field = phone.getByRole('textbox').first();
    await field.fill('x'.repeat(2005));
    await phone.getByText('Kommentaren er 5 tegn for lang – højst 2.000 tegn.', { exact: false }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await settle(phone);
    await session.screenshot('comments-phone-too-long', phone);
    await new Promise((r) => setTimeout(r, 2500)); // longer than the autosave's quiet moment
    expect((await storedComments()).flatMap((f) => Object.values(f.comments)).some((t) => t.startsWith('xxxxx'))).toBe(false);
    await field.fill('x'.repeat(2000));
    await phone.getByText('2.000 af 2.000 tegn').waitFor();
    // "Gemt" still shows from the save before: wait for the new one to reach the database.
    await expect.poll(async () => (await storedComments()).flatMap((f) => Object.values(f.comments)), { timeout: 10_000 }).toContain('x'.repeat(2000));
  });

  it('gives the comment back after a reload in the same browser, and to no other browser', async () => {
    const phone = session.browser.pages().at(-1)!;
    await phone.reload();
    await phone.getByRole('button', { name: 'Fortsæt' }).click();
    expect(await phone.getByRole('textbox').first().inputValue()).toBe('x'.repeat(2000));
    const stranger = await openBrowser();
    try {
      await stranger.page.goto(link);
      await stranger.page.getByText(/Påbegyndt på en anden enhed/).waitFor();
      expect(await stranger.page.getByRole('textbox').count()).toBe(0);
      await stranger.screenshot('comments-other-browser');
    } finally {
      await stranger.close();
    }
  });
});
