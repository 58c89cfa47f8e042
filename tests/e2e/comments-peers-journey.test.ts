import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceKey, openSurvey, saveSurveyForm, type Answer, type SurveyForm } from '@spejl/core';
import { withTenant } from '@spejl/db';
import {
  chromiumAvailable, createDraftRound, demoLeaderAndPeers, ensureSurveyBuilt, openBrowser, reportPdfText, SCREENSHOT_DIR, seriousViolations, settle, signIn, startSpejl, surveyLink,
  type BrowserSession, type DemoPerson, type RunningSpejl,
} from './harness.ts';

const ROUND = 'Kommentarer og sideordnede 2026';
const LOCAL_QUESTION = 'Hvad kunne give mere arbejdsro i jeres hverdag?';
const PEER_COMMENT = 'Vi deler viden på tværs, og det mærkes i begge enheder.';
const LOCAL_COMMENT = 'Faste stille timer om formiddagen ville hjælpe os meget.';
// The peers' samarbejde answers: the browser's peer 5s, the two others 4s; their mean is 4,3.
const PEER_VALUES = [5, 4, 4];

/**
 * A form sent with every statement it asks answered `value` and its open questions `comments` (by
 * question id); the answers hold every statement of the round (`itemCount`), blank where the form does not ask it.
 */
function answered(form: SurveyForm, itemCount: number, value: Answer, comments: Record<string, string> = {}) {
  const answers: Answer[] = Array.from({ length: itemCount }, () => null);
  for (const theme of form.themes) theme.items.forEach((_, i) => (answers[theme.offset + i] = value));
  return { slot: form.slot, answers, submit: true, comments };
}

/** What one page of a form showed: its title, its statements and its open questions as a respondent reads them. */
interface ShownPage {
  title: string;
  statements: string[];
  questions: string[];
}

/**
 * Answers a form that is open on `phone` page by page as a respondent would: every statement with
 * `choice`, each open question whose label matches a key of `comments` with its text; a screenshot
 * of every page as `<name>-page-<n>`; then sends it. Returns what each page showed.
 */
async function answerForm(phone: BrowserSession, name: string, choice: string, comments: Record<string, string>): Promise<ShownPage[]> {
  const { page } = phone;
  const shown: ShownPage[] = [];
  const receipt = page.getByRole('heading', { name: 'Tak – din besvarelse er modtaget' });
  for (let n = 1; ; n++) {
    await page.getByText(new RegExp(`^Side ${n} af \\d+$`)).waitFor();
    // A statement without a text cannot be answered; it is left blank.
    const statements = page.getByRole('group');
    for (let i = 0; i < (await statements.count()); i++) {
      if ((await statements.nth(i).locator('legend').innerText()).trim()) await statements.nth(i).getByLabel(choice, { exact: true }).check();
    }
    const questions = await page.locator('.comment label').allInnerTexts();
    for (const [label, text] of Object.entries(comments)) {
      if (questions.some((q) => q.startsWith(label))) await page.getByRole('textbox', { name: label }).fill(text);
    }
    shown.push({
      title: await page.getByRole('heading', { level: 1 }).innerText(),
      statements: (await page.locator('fieldset legend').allInnerTexts()).map((t) => t.trim()),
      questions: questions.map((q) => q.replace('(valgfrit)', '').trim()),
    });
    await settle(page);
    await phone.screenshot(`${name}-page-${n}`);
    // Statements left blank: the last page says how many, and the respondent sends all the same.
    const send = page.getByRole('button', { name: /^Send (besvarelse|alligevel)$/ });
    if (await send.isVisible()) {
      const asks = (await send.innerText()).trim() === 'Send besvarelse';
      await send.click();
      const anyway = page.getByRole('button', { name: 'Send alligevel' });
      if (asks && (await anyway.or(receipt).first().waitFor().then(() => anyway.isVisible()))) await anyway.click();
      break;
    }
    await page.getByRole('button', { name: 'Næste' }).click();
  }
  await receipt.waitFor();
  await phone.screenshot(`${name}-receipt`);
  return shown;
}

describe.skipIf(!chromiumAvailable)('comments and peers from the upload to the leader\'s PDF: console, phone, review, report', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let tenantId = '';
  let roundId = '';
  let leader: DemoPerson;
  let peers: DemoPerson[] = [];
  /** Employees of the leader who lead nobody: their one form is about the leader. */
  let employees: DemoPerson[] = [];
  /** A colleague's full name, written in a comment and masked in review. */
  let named = '';
  let namedComment = '';

  const salts = (personIds: readonly string[]) =>
    withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('round_respondents').select(['person_id', 'link_salt']).where('round_id', '=', roundId).where('person_id', 'in', personIds).execute());

  /** A respondent's link opened on their own phone: a touch browser of a phone's size. */
  async function onPhone(link: string): Promise<BrowserSession> {
    const phone = await openBrowser({ phone: true });
    await phone.page.goto(link);
    return phone;
  }

  beforeAll(async () => {
    ensureSurveyBuilt();
    spejl = await startSpejl();
    session = await openBrowser();
    tenantId = spejl.demoTenant.id;
    const found = await withTenant(spejl.db, tenantId, async (tx) => {
      const chosen = await demoLeaderAndPeers(tx);
      const leaders = new Set((await tx.selectFrom('people').select('manager_id').where('manager_id', 'is not', null).execute()).map((p) => p.manager_id));
      return { ...chosen, employees: chosen.team.filter((p) => !leaders.has(p.person_id)) };
    });
    ({ leader, peers, employees } = found);
    expect(peers).toHaveLength(3);
    named = employees[1]!.name;
    namedComment = `${named} og resten af os får altid hjælp, når borgerne har brug for det.`;
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('1. the admin writes a local open question, creates the round, uploads its peers, turns review on and launches it', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    // The local questions: one statement and the open question after it.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Temaer' }).click();
    await page.getByRole('link', { name: 'Lokale spørgsmål' }).click();
    await page.waitForURL('**/themes/local');
    await page.getByTestId('local-add').click();
    const item = page.getByTestId('local-item-0');
    await item.getByLabel('Kort navn', { exact: true }).fill('Arbejdsro');
    await item.getByLabel('Medarbejdernes udsagn', { exact: true }).fill('Min leder sikrer arbejdsro, når vi har brug for det.');
    await item.getByLabel('Lederens eget udsagn (jeg-form)', { exact: true }).fill('Jeg sikrer arbejdsro, når mine medarbejdere har brug for det.');
    await item.getByLabel('Den overordnede leders udsagn (lederen i tredje person)', { exact: true }).fill('Lederen sikrer arbejdsro, når medarbejderne har brug for det.');
    await page.getByTestId('local-add-question').click();
    const question = page.getByTestId('local-question-0');
    await question.getByLabel('Kort navn', { exact: true }).fill('Idéer til arbejdsro');
    await question.getByLabel('Spørgsmålet til medarbejderne', { exact: true }).fill(LOCAL_QUESTION);
    await question.getByLabel('Spørgsmålet til lederen selv (du-form)', { exact: true }).fill('Hvad kunne give dine medarbejdere mere arbejdsro?');
    await question.getByLabel('Spørgsmålet til den overordnede leder', { exact: true }).fill('Hvad kunne give lederens medarbejdere mere arbejdsro?');
    await page.getByTestId('local-save').click();
    await page.getByText('De lokale spørgsmål er gemt som version 1.').waitFor();
    await settle(page);
    await session.screenshot('journey-1-local-question');

    // Comment review is locked in at launch: on before it.
    await page.goto(`${spejl.url}/settings?tenant=${tenantId}`);
    const review = page.getByRole('checkbox', { name: 'Gennemse kommentarer før frigivelse' });
    if ((await review.getAttribute('aria-checked')) !== 'true') {
      await review.click();
      await page.getByText('Indstillingen for kommentarer er gemt.').first().waitFor();
    }
    expect((await spejl.db.selectFrom('tenants').select('comment_review').where('id', '=', tenantId).executeTakeFirstOrThrow()).comment_review).toBe(true);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Målinger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Målinger' }).waitFor();
    roundId = await createDraftRound(page, ROUND, ['Borgerorientering', 'Samarbejde', 'Lokale spørgsmål']);

    const panel = page.getByTestId('peers-panel');
    await panel.getByTestId('peers-empty').waitFor();
    const file = ['subject_id,peer_id', ...peers.map((p) => `${leader.person_id},${p.person_id}`)].join('\n');
    await panel.getByTestId('peers-file').setInputFiles({ name: 'sideordnede.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await panel.getByTestId('peers-import').getByRole('button', { name: 'Importér' }).click();
    await panel.getByText('3 sideordnede ledere for 1 leder er importeret.').waitFor();
    const listed = panel.getByTestId('peers-list');
    await listed.getByRole('cell', { name: `${leader.name} (${leader.person_id})` }).waitFor();
    for (const peer of peers) expect(await listed.innerText()).toContain(`${peer.name} (${peer.person_id})`);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await session.screenshot('journey-1-peers-uploaded');

    await page.getByTestId('round-launch').click();
    await page.getByRole('dialog', { name: `Start målingen "${ROUND}"?` }).getByRole('button', { name: 'Start og send invitationer' }).click();
    await page.getByText(/^Målingen er startet: \d+ ledere, \d+ respondenter, \d+ spørgeskemaer\.$/).waitFor();
    await settle(page);
    await session.screenshot('journey-1-launched');
    const round = await spejl.db.selectFrom('rounds').select(['status', 'comment_review', 'themes']).where('id', '=', roundId).executeTakeFirstOrThrow();
    expect(round.status).toBe('open');
    expect(round.comment_review).toBe(true);
    expect(round.themes.map((t) => t.id).sort()).toEqual(['borgerorientering', 'lokale', 'samarbejde']);
  });

  it('2. an employee and a peer answer on a phone, with comments; the rest of the team and the other peers answer too', async () => {
    const rounds = await spejl.db.selectFrom('rounds').select('comment_threshold').where('id', '=', roundId).executeTakeFirstOrThrow();
    const threshold = Number(rounds.comment_threshold);
    expect(threshold).toBeGreaterThanOrEqual(5);
    expect(employees.length).toBeGreaterThanOrEqual(threshold);
    const links = new Map((await salts([...employees, ...peers].map((p) => p.person_id))).map((r) => [r.person_id, surveyLink(spejl, r.link_salt)]));

    // The employee: the notice about who reads comments, statements, a comment with a colleague's name and one to the local question.
    let employeePages: ShownPage[] = [];
    let peerPages: ShownPage[] = [];
    let peerCard = '';
    const employeePhone = await onPhone(links.get(employees[0]!.person_id)!);
    try {
      const phone = employeePhone.page;
      const notice = phone.getByTestId('comments-notice');
      await notice.getByRole('heading', { name: 'Dine kommentarer' }).waitFor();
      expect(await notice.textContent()).toContain(`hvor mindst ${threshold} har svaret`);
      expect(await notice.textContent()).toContain('Kommentarer læses af den leder, besvarelsen handler om');
      await phone.getByText(`Om din leder, ${leader.name}`).waitFor();
      expect(seriousViolations(await employeePhone.axe())).toEqual([]);
      await employeePhone.screenshot('journey-2-employee-notice');
      await phone.getByRole('button', { name: 'Start' }).click();
      employeePages = await answerForm(employeePhone, 'journey-2-employee', 'Enig', { 'Hvad gør din leder særligt godt': namedComment, [LOCAL_QUESTION]: LOCAL_COMMENT });
    } finally {
      await employeePhone.close();
    }

    // A peer: their own forms and, last, the one about the leader, with samarbejde's statements and questions.
    const peerPhone = await onPhone(links.get(peers[0]!.person_id)!);
    try {
      const phone = peerPhone.page;
      const notice = phone.getByTestId('comments-notice');
      await notice.getByText(`Kommentarer fra sideordnede ledere vises kun samlet i den leders rapport, de handler om, når mindst ${threshold} sideordnede ledere har svaret`).waitFor();
      await settle(phone);
      expect(seriousViolations(await peerPhone.axe())).toEqual([]);
      await peerPhone.screenshot('journey-2-peer-overview');
      const card = phone.locator('li.form-card').last();
      peerCard = await card.innerText();
      await card.getByRole('button', { name: 'Start' }).click();
      peerPages = await answerForm(peerPhone, 'journey-2-peer', 'Helt enig', { 'Hvad gør lederen særligt godt': PEER_COMMENT });
    } finally {
      await peerPhone.close();
    }

    // The rest through the survey API, as their own browsers would send them: the team up to the threshold, the other two peers.
    const send = async (personId: string, role: 'employee' | 'peer', value: Answer, comments: (form: SurveyForm) => Record<string, string> = () => ({})) => {
      const token = links.get(personId)!.split('#')[1]!;
      const device = newDeviceKey();
      const content = await openSurvey(spejl.db, token, 'da', device);
      const form = content.forms.find((f) => f.role === role && f.subjectName === leader.name)!;
      expect(form).toBeDefined();
      await saveSurveyForm(spejl.db, token, device, answered(form, content.itemCount, value, comments(form)));
    };
    for (const employee of employees.slice(1, threshold)) {
      await send(employee.person_id, 'employee', 4, (form) => ({ [form.themes[0]!.questions[1]!.id]: `Mere tid til faglig sparring, skriver ${employee.person_id}.` }));
    }
    for (const [i, peer] of peers.slice(1).entries()) await send(peer.person_id, 'peer', PEER_VALUES[i + 1]!);
    const forms = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('round_forms').select(['role', 'comments']).where('round_id', '=', roundId).where('subject_id', '=', leader.person_id).where('submitted', '=', true).execute());
    expect(forms.filter((f) => f.role === 'employee')).toHaveLength(threshold);
    expect(forms.filter((f) => f.role === 'peer')).toHaveLength(3);
    expect(JSON.stringify(forms)).toContain(named);
    expect(JSON.stringify(forms)).toContain(LOCAL_COMMENT);
    // The pages the respondents saw: the themes their role is asked, every statement and question with its text.
    expect(employeePages.map((p) => p.title)).toEqual(['Borgerorientering', 'Lokale spørgsmål']);
    expect(employeePages[1]).toEqual({ title: 'Lokale spørgsmål', statements: ['Min leder sikrer arbejdsro, når vi har brug for det.'], questions: [LOCAL_QUESTION] });
    // The peer's form is the one about the leader, and says so.
    expect(peerCard).toContain(leader.name);
    expect(peerPages.map((p) => p.title)).toEqual(['Samarbejde mellem ledere']);
    expect(peerPages[0]!.statements).toContain('Lederen deler viden og erfaringer med mig.');
    expect(peerPages[0]!.questions).toEqual(['Hvad gør lederen særligt godt i jeres samarbejde?', 'Hvad kunne gøre jeres samarbejde bedre?']);
    for (const page of [...employeePages, ...peerPages]) expect([...page.statements, ...page.questions].filter((text) => !text), page.title).toEqual([]);
  });

  it('3. the admin closes the round, masks the pre-marked name in the review queue and releases the comments', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/rounds/${roundId}?tenant=${tenantId}`);
    await page.getByTestId('round-close').click();
    await page.getByRole('dialog', { name: `Luk målingen "${ROUND}" nu?` }).getByRole('button', { name: 'Luk målingen' }).click();
    await page.getByText('Lukket', { exact: true }).first().waitFor();
    await page.getByTestId('round-comments-link').click();
    await page.getByRole('heading', { name: 'Kommentarer til gennemsyn' }).waitFor();
    // Held by its reference: its text changes when the name is masked.
    const card = page.getByTestId((await page.locator('li.comment', { hasText: namedComment }).getAttribute('data-testid'))!);
    const mark = card.getByRole('button', { name: named });
    expect(await mark.getAttribute('data-kind')).toBe('name');
    // Three peers are fewer than the comment threshold: their comments are shown nowhere, so not queued.
    expect(await page.locator('li.comment', { hasText: PEER_COMMENT }).count()).toBe(0);
    await page.locator('li.comment', { hasText: LOCAL_COMMENT }).waitFor();
    await settle(page);
    await session.screenshot('journey-3-review-queue');
    await mark.click();
    await card.getByRole('button', { name: 'Fjern valgte (1)' }).click();
    // Removal is for good: it asks first, showing what goes.
    const confirm = page.getByTestId('confirm-mask');
    expect(await confirm.locator('li').allTextContents()).toEqual([`»${named}«`]);
    await settle(page);
    await session.screenshot('journey-3-confirm-mask');
    await page.getByRole('button', { name: 'Fjern for altid' }).click();
    await card.getByText('Fjernet. Kommentaren lyder nu som vist.').waitFor();
    expect(await card.getByTestId('comment-text').textContent()).toBe(namedComment.replace(named, '[fjernet]'));
    await session.screenshot('journey-3-review-masked');
    await page.getByTestId('release-comments').click();
    await page.getByTestId('confirm-release').getByRole('button', { name: 'Frigiv', exact: true }).click();
    await page.getByText('Kommentarerne er frigivet.').waitFor();
    await session.screenshot('journey-3-released');
    const stored = await withTenant(spejl.db, tenantId, (tx) => tx.selectFrom('round_forms').select('comments').where('round_id', '=', roundId).execute());
    expect(JSON.stringify(stored)).not.toContain(named);
  });

  it('4. the leader reads the report: the masked comment, the local question\'s comment, the peers\' column; the PDF says the same', async () => {
    const leaderSession = await openBrowser();
    try {
      const { page } = leaderSession;
      await signIn(page, spejl.url, spejl.leader, 'my-reports');
      await page.getByRole('region', { name: ROUND }).getByTestId('my-own-reports').getByRole('link', { name: 'Lederrapport' }).click();
      const report = page.getByTestId('report-document');
      await report.getByRole('heading', { name: 'Samarbejde mellem ledere' }).first().waitFor();
      await report.getByRole('heading', { name: 'Kommentarer', exact: true }).first().waitFor();
      await settle(page);
      await leaderSession.screenshot('journey-4-leader-report');
      // Close-ups of the two parts this journey is about.
      for (const [part, heading] of [['comments', 'Kommentarer'], ['samarbejde', 'Samarbejde mellem ledere']] as const) {
        await report.getByRole('heading', { name: heading, exact: true }).first().evaluate((h) => h.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(SCREENSHOT_DIR, `journey-4-leader-report-${part}.png`) });
      }
      const text = await report.innerText();
      const quoted = await report.locator('ul.comments blockquote').allInnerTexts();
      expect(quoted).toContain(namedComment.replace(named, '[fjernet]'));
      expect(quoted).toContain(LOCAL_COMMENT);
      expect(text).toContain('Idéer til arbejdsro');
      expect(text).toContain('Kommentarer fra sideordnede ledere vises ikke, fordi færre end 5 har svaret.');
      expect(text).not.toContain(named);
      expect(text).not.toContain(PEER_COMMENT);
      // The peers' column: three of three answered, their mean (5 + 4 + 4) / 3 = 4,3.
      expect(await report.getByRole('table').first().innerText()).toMatch(/Sideordnede ledere\s+3\s+3\s+100\s*%/);
      expect(text).toMatch(/4,3/);
      expect(seriousViolations(await leaderSession.axe())).toEqual([]);

      const pdf = (await reportPdfText(page, 'journey-4-leader-report')).replace(/\s+/g, ' ');
      expect(pdf).toContain('Kommentarer');
      expect(pdf).toContain('[fjernet] og resten af os får altid hjælp');
      expect(pdf).toContain(LOCAL_COMMENT.slice(0, 30));
      expect(pdf).toContain('Sideordnede ledere');
      expect(pdf).toContain('Samarbejde mellem ledere');
      expect(pdf).not.toContain(named);
    } finally {
      await leaderSession.close();
    }
  });
});
