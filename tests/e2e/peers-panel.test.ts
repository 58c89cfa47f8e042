import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRound, createRound, hierarchySnapshots, launchRound, linkKeyFromEnv, tenantThemes, themeSourceOf } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, createDraftRound, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

describe.skipIf(!chromiumAvailable)('the peers panel says what happened and what can still change', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let closedRoundId: string;
  /** Three leaders under one superior: each may be the others' peer. */
  let siblings: string[];

  beforeAll(async () => {
    spejl = await startSpejl({ demo: false });
    session = await openBrowser();
    const tenantId = spejl.demoTenant.id;
    const { themes } = await import('@spejl/plugin-registry');
    ({ closedRoundId, siblings } = await withTenant(spejl.db, tenantId, async (tx) => {
      const leaders = await tx.selectFrom('people').select(['person_id', 'manager_id'])
        .where('person_id', 'in', (eb) => eb.selectFrom('people as p').select('p.manager_id').where('p.manager_id', 'is not', null))
        .where('manager_id', 'is not', null).orderBy('person_id').execute();
      const byManager = new Map<string | null, string[]>();
      for (const l of leaders) byManager.set(l.manager_id, [...(byManager.get(l.manager_id) ?? []), l.person_id]);
      const group = [...byManager.values()].find((g) => g.length >= 3)!;
      const available = (await tenantThemes(tx, themes)).filter((t) => t.id === 'borgerorientering');
      const round = await createRound(tx, tenantId, { name: 'Lukket uden sideordnede', themes: [{ id: 'borgerorientering' }] }, themeSourceOf(available));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() });
      await closeRound(tx, round.id);
      return { closedRoundId: round.id, siblings: group.slice(0, 3) };
    }));
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  it('refuses a bad standing list saying once that nothing changed, and counts an accepted one in the right number', async () => {
    const { page } = session;
    await signIn(page, spejl.url, spejl.admin);
    await page.goto(`${spejl.url}/people/import?tenant=${spejl.demoTenant.id}`);
    const panel = page.getByTestId('peers-panel');
    await panel.getByText('subject_id (den evaluerede leder) og peer_id').waitFor();
    const [a, b, c] = siblings as [string, string, string];
    await panel.getByTestId('peers-file').setInputFiles({ name: 'peers.csv', mimeType: 'text/csv', buffer: Buffer.from(`subject_id,peer_id\n${a},${a}\n${a},nobody\n`) });
    await panel.getByRole('button', { name: 'Importér' }).click();
    const alert = panel.getByRole('alert');
    await alert.getByText('peers.csv blev ikke importeret: 2 fejl.').waitFor();
    expect(((await alert.textContent()) ?? '').match(/intet blev ændret/gi)).toHaveLength(1);

    await panel.getByTestId('peers-file').setInputFiles({ name: 'peers.csv', mimeType: 'text/csv', buffer: Buffer.from(`subject_id,peer_id\n${a},${b}\n${a},${c}\n${b},${a}\n`) });
    await panel.getByRole('button', { name: 'Importér' }).click();
    await panel.getByText('3 sideordnede ledere for 2 ledere er importeret.').waitFor();
  });

  it("names the file's columns in a draft round's panel, and says a launched round's list was fixed", async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/rounds?tenant=${spejl.demoTenant.id}`);
    await createDraftRound(page, 'Kladde med sideordnede');
    const draft = page.getByTestId('peers-panel');
    expect(await draft.getByTestId('peers-help').textContent()).toContain('subject_id (den evaluerede leder) og peer_id (den sideordnede leder)');

    await page.goto(`${spejl.url}/rounds/${closedRoundId}?tenant=${spejl.demoTenant.id}`);
    const fixed = page.getByTestId('peers-panel');
    await fixed.getByText('Listen lå fast, da målingen blev sat i gang').waitFor();
    expect(await fixed.getByTestId('peers-empty').textContent()).toBe('Målingen blev sat i gang uden sideordnede ledere.');
    expect(await fixed.getByText('Listen kan ændres').count()).toBe(0);
    expect(await fixed.getByTestId('peers-import').count()).toBe(0);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await fixed.scrollIntoViewIfNeeded();
    await session.screenshot('peers-panel-fixed');
  });
});
