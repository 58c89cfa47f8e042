import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRound, createRound, hierarchySnapshots, importPeers, importResponses, launchRound, linkKeyFromEnv, tenantThemes, themeSourceOf } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, demoLeaderAndPeers, openBrowser, reportPdfText, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const ROUND = 'Måling med sideordnede ledere (lukket)';

describe.skipIf(!chromiumAvailable)('a leader reads their peers\' results: their own group, own threshold, in the console and the PDF', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let tenantId = '';

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    tenantId = spejl.demoTenant.id;
    const { themes } = await import('@spejl/plugin-registry');
    await withTenant(spejl.db, tenantId, async (tx) => {
      // Three leaders the rules allow as peers of the demo leader.
      const { leader: own, team: employees, peers } = await demoLeaderAndPeers(tx);
      const team = employees.length;
      const available = (await tenantThemes(tx, themes)).filter((t) => t.id === 'borgerorientering' || t.id === 'samarbejde');
      const round = await createRound(tx, tenantId, { name: ROUND, themes: available.map((t) => ({ id: t.id })) }, themeSourceOf(available));
      const file = ['subject_id,peer_id', ...peers.map((p) => `${own.person_id},${p.person_id}`)].join('\n');
      await importPeers(tx, tenantId, new TextEncoder().encode(file), { roundId: round.id }, { userId: null, fileName: 'peers.csv' });
      const launched = await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() });
      await closeRound(tx, round.id);
      // Collected on paper: the team answers borgerorientering, the three peers samarbejde.
      const items = launched.round.items.map((i) => `${i.theme}.${i.item}`);
      const row = (role: string, value: (item: string) => string) => [own.person_id, role, ...items.map(value)].join(',');
      const responses = [
        ['subject_id', 'rater_role', ...items].join(','),
        ...Array.from({ length: team }, () => row('employee', (i) => (i.startsWith('borgerorientering.') ? '4' : ''))),
        ...['5', '4', '4'].map((v) => row('peer', (i) => (i.startsWith('samarbejde.') ? v : ''))),
      ].join('\n');
      await importResponses(tx, tenantId, round.id, new TextEncoder().encode(responses), 'papir.csv');
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('shows the samarbejde theme with a column for the peers, their response rate, and nothing of them pooled above', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.leader, 'my-reports');
    const round = page.getByRole('region', { name: ROUND });
    await round.getByTestId('my-own-reports').getByRole('link', { name: 'Lederrapport' }).click();
    const report = page.getByTestId('report-document');
    await report.getByRole('heading', { name: 'Samarbejde mellem ledere' }).first().waitFor();
    const rates = report.getByRole('table').first();
    expect(await rates.innerText()).toMatch(/Sideordnede ledere\s+3\s+3\s+100\s*%/);
    const text = await report.innerText();
    expect(text).toContain('Sideordnede ledere');
    // The peers' theme mean: (5 + 4 + 4) / 3 = 4,3.
    expect(text).toMatch(/4,3/);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('peer-results-leader-report');
    const pdf = await reportPdfText(page, 'peer-results-leader-report');
    expect(pdf).toContain('Sideordnede ledere');
  });
});
