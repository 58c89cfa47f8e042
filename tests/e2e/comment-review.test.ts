import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, maskComment, reviewQueue, closeRound, createRound, createUser, hierarchySnapshots, launchRound, linkKeyFromEnv, setCommentReview, tenantThemes, themeSourceOf } from '@spejl/core';
import { sql, withTenant } from '@spejl/db';
import { chromiumAvailable, SCREENSHOT_DIR, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const ANALYST = { email: 'analytiker@example.org', password: 'en lang adgangskode til analytikeren' };

describe.skipIf(!chromiumAvailable)('comments reviewed before release: an analyst masks a pre-marked name and a selection, then releases', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId: string;
  let name: string;

  beforeAll(async () => {
    spejl = await startSpejl({ demo: false });
    session = await openBrowser();
    const tenantId = spejl.demoTenant.id;
    const analyst = await createUser(spejl.db, { email: ANALYST.email, name: 'Anne Analytiker', password: ANALYST.password });
    const { themes } = await import('@spejl/plugin-registry');
    ({ roundId, name } = await withTenant(spejl.db, tenantId, async (tx) => {
      await addMember(tx, tenantId, analyst.id, 'analyst', null);
      await setCommentReview(tx, tenantId, true, null);
      const available = (await tenantThemes(tx, themes)).filter((t) => t.id === 'borgerorientering');
      const round = await createRound(tx, tenantId, { name: 'Måling med gennemsyn', themes: [{ id: 'borgerorientering' }] }, themeSourceOf(available));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() });
      await closeRound(tx, round.id);
      // A leader below the top, so the forms are about someone a report covers.
      const person = await tx.selectFrom('people').select(['name', 'person_id']).where('manager_id', 'is not', null)
        .where('person_id', 'in', (eb) => eb.selectFrom('people as p').select('p.manager_id').where('p.manager_id', 'is not', null)).orderBy('person_id').executeTakeFirstOrThrow();
      // Five forms, the comment threshold: the queue holds only comments a report will show.
      const forms = [
        { 'borgerorientering.godt': `${person.name} giver os tid til borgerne på Solgården. Ring gerne på 12 34 56 78.` },
        { 'borgerorientering.godt': 'Vi taler om kvalitet på hvert møde i Bakkehuset.', 'borgerorientering.bedre': 'Mere ro i hverdagen, tak.' },
        { 'borgerorientering.bedre': 'Lederen bør holde flere møder med borgerne, tage sig tid til at lytte til deres erfaringer og følge op på det, de fortæller.' },
        {}, {},
      ];
      for (const comments of forms) {
        await sql`insert into round_forms (tenant_id, round_id, subject_id, role, answers, comments, submitted, source)
          values (${tenantId}::uuid, ${round.id}::uuid, ${person.person_id}, 'employee', ${sql.raw(`'{${round.items.map(() => 4).join(',')}}'`)}, ${JSON.stringify(comments)}::jsonb, true, 'import')`.execute(tx);
      }
      return { roundId: round.id, name: person.name };
    }));
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('shows the queue from the round page with the name and phone number pre-marked', async () => {
    const { page } = session;
    await signIn(page, spejl.url, ANALYST);
    await page.goto(`${spejl.url}/rounds/${roundId}?tenant=${spejl.demoTenant.id}`);
    // The settings list shows what the round locked in at launch.
    expect(await page.getByTestId('round-threshold').textContent()).toBe('5 besvarelser');
    expect(await page.getByTestId('round-peer-threshold').textContent()).toBe('3 sideordnede ledere');
    expect(await page.getByTestId('round-comment-threshold').textContent()).toBe('5 besvarelser');
    expect(await page.getByTestId('round-comment-review').textContent()).toMatch(/^Ja: kommentarerne ses først i rapporterne/);
    await page.getByTestId('round-comment-review').locator('xpath=ancestor::dl').screenshot({ path: join(SCREENSHOT_DIR, 'round-settings-list.png') });
    await page.getByTestId('round-comments-link').click();
    await page.getByRole('heading', { name: 'Kommentarer til gennemsyn' }).waitFor();
    await page.getByTestId('comment-count').getByText('4 kommentarer').waitFor();
    // Each group says which theme asked the question.
    await page.getByRole('heading', { name: 'Borgerorientering – spørgsmål: Særligt godt' }).waitFor();
    const marks = page.locator('button.mark');
    expect(await marks.allTextContents()).toEqual([name, '12 34 56 78']);
    expect(await marks.first().getAttribute('data-kind')).toBe('name');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('comment-review-queue');
  });

  it('masks the pre-marked name with a click and a selected word, and shows the result', async () => {
    const { page } = session;
    const card = page.locator('li.comment', { hasText: '12 34 56 78' });
    await card.getByRole('button', { name }).click();
    expect(await card.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('true');
    // The analyst selects the place "Solgården", which names where the respondent works, with the mouse (a selection inside the text, then mouseup).
    await card.getByTestId('comment-text').evaluate((p) => {
      const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('Solgården'))!;
      const at = node.textContent!.indexOf('Solgården');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Solgården'.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await card.getByRole('button', { name: 'Fjern valgte (2)' }).waitFor();
    await session.screenshot('comment-review-chosen');
    await card.getByRole('button', { name: 'Fjern valgte (2)' }).click();
    // Removal is for good: it asks first, showing what goes, and nothing is removed until confirmed.
    const confirm = page.getByTestId('confirm-mask');
    await confirm.getByText('Det kan ikke fortrydes', { exact: false }).waitFor();
    expect(await confirm.locator('li').allTextContents()).toEqual([`»${name}«`, '»Solgården«']);
    await settle(page);
    await session.screenshot('comment-review-confirm-mask');
    await page.getByRole('button', { name: 'Annuller' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(JSON.stringify(await spejl.db.selectFrom('round_forms').select('comments').where('round_id', '=', roundId).execute())).toContain(name);
    await card.getByRole('button', { name: 'Fjern valgte (2)' }).click();
    await page.getByRole('button', { name: 'Fjern for altid' }).click();
    await card.getByText('Fjernet. Kommentaren lyder nu som vist.').waitFor();
    expect(await card.getByTestId('comment-text').textContent()).toBe('[fjernet] giver os tid til borgerne på [fjernet]. Ring gerne på 12 34 56 78.');
    const stored = await spejl.db.selectFrom('round_forms').select('comments').where('round_id', '=', roundId).execute();
    expect(JSON.stringify(stored)).not.toContain(name);
    const audit = await spejl.db.selectFrom('audit_log').select('details').where('action', '=', 'comment.mask').execute();
    expect(audit).toEqual([{ details: { roundId, questionId: 'borgerorientering.godt', spans: 2, kinds: { name: 1, selection: 1 } } }]);
    await card.getByTestId('comment-text').getByText('[fjernet]').first().waitFor();
    await session.screenshot('comment-review-masked');
  });

  it('refuses, translated, a masking of a text someone else changed meanwhile, and shows the text as it now is', async () => {
    const { page } = session;
    // Held by its reference: its text is about to change under the analyst.
    const testid = await page.locator('li.comment', { hasText: 'hvert møde' }).getAttribute('data-testid');
    const card = page.getByTestId(testid!);
    await card.getByTestId('comment-text').evaluate((p) => {
      const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('kvalitet'))!;
      const at = node.textContent!.indexOf('kvalitet');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'kvalitet'.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    // A colleague masks "Bakkehuset" in the same comment first.
    await withTenant(spejl.db, spejl.demoTenant.id, async (tx) => {
      const item = (await reviewQueue(tx, roundId)).comments.find((c) => c.text.includes('hvert møde'))!;
      const at = item.text.indexOf('Bakkehuset');
      await maskComment(tx, spejl.demoTenant.id, roundId, { ref: item.ref, questionId: item.questionId, textHash: item.textHash, spans: [{ start: at, end: at + 'Bakkehuset'.length, kind: 'selection' }] }, null);
    });
    await card.getByRole('button', { name: 'Fjern valgte (1)' }).click();
    await page.getByRole('button', { name: 'Fjern for altid' }).click();
    await card.getByText('Kommentaren er ændret, siden du åbnede den').waitFor();
    await expect.poll(() => card.getByTestId('comment-text').textContent()).toBe('Vi taler om kvalitet på hvert møde i [fjernet].');
    expect(await card.getByRole('button', { name: /Fjern valgte/ }).count()).toBe(0);
    await session.screenshot('comment-review-conflict');
    // The same page in English, the refusal too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Comments to review' }).waitFor();
    await card.getByText('The comment has changed since you opened it').waitFor();
    await page.getByTestId('comment-count').getByText('4 comments').waitFor();
    await session.screenshot('comment-review-english');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { name: 'Kommentarer til gennemsyn' }).waitFor();
  });

  it('says at once, about the text itself, why a selection longer than personal data cannot be removed', async () => {
    const { page } = session;
    const card = page.locator('li.comment', { hasText: 'følge op på det' });
    // The analyst selects the whole comment, well over 100 characters.
    await card.getByTestId('comment-text').evaluate((p) => {
      const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('følge'))!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, node.textContent!.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    const refusal = card.getByTestId('mask-refusal');
    await refusal.getByText('højst 100 tegn ad gangen', { exact: false }).waitFor();
    expect(await refusal.textContent()).toMatch(/^»Lederen bør holde flere møder … det, de fortæller\.« er 124 tegn/);
    expect(await card.getByRole('button', { name: /Fjern valgte/ }).count()).toBe(0);
    await session.screenshot('comment-review-too-long');
  });

  it('releases after a confirmation; the round page then says so', async () => {
    const { page } = session;
    await page.getByTestId('release-comments').click();
    const dialog = page.getByTestId('confirm-release');
    await dialog.getByText('Der kan ikke fjernes mere bagefter').waitFor();
    await session.screenshot('comment-review-confirm');
    await dialog.getByRole('button', { name: 'Frigiv', exact: true }).click();
    await page.getByText('Kommentarerne er frigivet.').waitFor();
    const round = await spejl.db.selectFrom('rounds').select('comments_released_at').where('id', '=', roundId).executeTakeFirstOrThrow();
    expect(round.comments_released_at).not.toBeNull();
    await page.getByRole('link', { name: 'Tilbage til målingen' }).click();
    const released = page.getByTestId('comments-released');
    await released.waitFor();
    await released.locator('xpath=..').screenshot({ path: join(SCREENSHOT_DIR, 'comment-review-released.png') });
  });

  it('lets an admin turn review off on the settings page, for rounds launched from now on', async () => {
    const admin = await openBrowser();
    try {
      const { page } = admin;
      await signIn(page, spejl.url, spejl.admin);
      await page.goto(`${spejl.url}/settings?tenant=${spejl.demoTenant.id}`);
      const box = page.getByRole('checkbox', { name: 'Gennemse kommentarer før frigivelse' });
      expect(await box.getAttribute('aria-checked')).toBe('true');
      await box.click();
      await page.getByText('Indstillingen for kommentarer er gemt.').first().waitFor();
      // Review comes first and says it saves at once; the operator's settings below are read-only.
      await page.getByText('Valget gemmes, så snart du sætter eller fjerner fluebenet.').waitFor();
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'tenant-settings-admin.png'), fullPage: true });
      const tenant = await spejl.db.selectFrom('tenants').select('comment_review').where('id', '=', spejl.demoTenant.id).executeTakeFirstOrThrow();
      expect(tenant.comment_review).toBe(false);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('checkbox', { name: 'Review comments before release' }).waitFor();
      await settle(page);
      expect(seriousViolations(await admin.axe())).toEqual([]);
      await admin.screenshot('comment-review-setting');
    } finally {
      await admin.close();
    }
  });
});
