import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommentExport, type CommentExportRow } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, reportPdfText, seriousViolations, settle, startSpejl, type BrowserSession, type RunningSpejl, signIn } from './harness.ts';

describe.skipIf(!chromiumAvailable)('comments in the console: a leader report, a chain report, the PDF and the export of last year\'s demo round', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let roundId = '';
  let shown: CommentExportRow[] = [];

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    const tenantId = spejl.demoTenant.id;
    await withTenant(spejl.db, tenantId, async (tx) => {
      roundId = (await tx.selectFrom('rounds').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow()).id;
      shown = await loadCommentExport(tx, tenantId, roundId);
    });
    await signIn(session.page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('shows a leader their own team\'s comments per theme, quoted, and no comment that belongs to a set above', async () => {
    const own = shown.find((r) => r.scope === 'direct' && r.rater_role === 'employee')!;
    expect(own).toBeDefined();
    const { page } = session;
    await page.goto(`${spejl.url}/results/${roundId}/leader/${own.leader_id}`);
    const report = page.getByTestId('report-document');
    await report.getByRole('heading', { name: 'Kommentarer', exact: true }).waitFor();
    const quoted = await report.locator('ul.comments blockquote').allInnerTexts();
    const expected = shown.filter((r) => r.leader_id === own.leader_id && r.scope === 'direct').map((r) => r.text);
    expect(quoted.sort()).toEqual(expected.sort());
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await report.getByRole('heading', { name: 'Kommentarer', exact: true }).scrollIntoViewIfNeeded();
    await session.screenshot('comments-leader-report');
    const text = (await reportPdfText(page, 'comments-leader-report')).replace(/\s+/g, ' ');
    expect(text).toContain('Kommentarer');
    expect(text).toContain(own.text.slice(0, 30));
  });

  it('shows the chain report of a leader above the comments of the small teams below, once, without saying which team', async () => {
    const chain = shown.find((r) => r.scope === 'chain')!;
    expect(chain).toBeDefined();
    const { page } = session;
    await page.goto(`${spejl.url}/results/${roundId}/chain/${chain.leader_id}`);
    const report = page.getByTestId('report-document');
    await report.getByRole('heading', { name: 'Kommentarer', exact: true }).waitFor();
    await report.getByText('medarbejdere i enheder i kæden med for få svar til egne kommentarer', { exact: false }).first().waitFor();
    const quoted = await report.locator('ul.comments blockquote').allInnerTexts();
    const expected = shown.filter((r) => r.leader_id === chain.leader_id).map((r) => r.text);
    expect(quoted.sort()).toEqual(expected.sort());
    await settle(page);
    await report.getByRole('heading', { name: 'Kommentarer', exact: true }).scrollIntoViewIfNeeded();
    await session.screenshot('comments-chain-report');
  });

  it('exports the shown comments for Excel from the round\'s results page', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/results/${roundId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('comments-csv-excel').click()]);
    expect(download.suggestedFilename()).toBe('Ledelsesevaluering 2025 – kommentarer (Excel).csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(shown.length + 1);
    await session.screenshot('comments-results-exports');
  });
});
