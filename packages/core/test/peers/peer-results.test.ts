import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { hierarchySnapshots } from '../../src/hierarchy/index.ts';
import { importPeers } from '../../src/peers/index.ts';
import { importResponses } from '../../src/responses/index.ts';
import { buildReportView } from '../../src/report-view/report-view.ts';
import { loadViewSource } from '../../src/report-view/view-source.ts';
import { rollupCsv } from '../../src/rollup/export-format.ts';
import { loadRoundRollup } from '../../src/rollup/round-rollup.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { EGESKOV, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';
import { PEER_THEME, peersFile, storePeople } from './fixtures.ts';

const themes = themeSourceOf([THEME, PEER_THEME]);
const HEADER = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi,samarbejde.deler-viden,samarbejde.holder-aftaler';
const responses = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));

// Egeskov: 1001 (top) → 1002, 1003; 1002 → 1004 (5 employees), 1005; 1003 → 1013.
// 1004 has three peers (1003, 1005, 1013) who all answer; 1002 has two (1003, 1013), who answer too.
describe.each(testEngines())('peer results through a closed round on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(handle.db, tenantId, fn);

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'peer-results', name: 'Egeskov', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await inTenant(async (tx) => {
      await storePeople(tx, tenantId, EGESKOV);
      await importPeers(tx, tenantId, peersFile('subject_id,peer_id', '1004,1003', '1004,1005', '1004,1013', '1002,1003', '1002,1013'), { roundId: null }, { userId: null });
      const round = await createRound(tx, tenantId, { name: 'Med sideordnede', themes: [{ id: 'borgerorientering' }, { id: 'samarbejde' }] }, themes);
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
      await closeRound(tx, round.id);
      await importResponses(tx, tenantId, round.id, responses(
        ...Array.from({ length: 5 }, (_, i) => `1004,employee,4,4,${3 + (i % 2)},4,,`),
        '1004,peer,,,,,5,4', '1004,peer,,,,,4,4', '1004,peer,,,,,3,dk',
        '1002,peer,,,,,1,1', '1002,peer,,,,,2,2',
        '1004,self,5,5,5,5,5,5',
      ), 'responses.csv');
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('shows a leader\'s peers as their own group once peer_threshold have answered, and withholds a smaller one', async () => {
    const { rollup } = await inTenant((tx) => loadRoundRollup(tx, roundId));
    expect(rollup.peerK).toBe(3);
    const csv = rollupCsv(rollup).trim().split('\n');
    const peerRows = csv.filter((line) => line.split(',')[2] === 'peer');
    // 1004's three peer forms: a theme row and two item rows, computed here by hand.
    expect(peerRows.filter((r) => r.startsWith('1004,direct,peer,samarbejde,'))).toEqual([
      // form scores 4.5, 4 and 3 (the third's don't-know left out): mean 3.8333, sd 0.7638
      '1004,direct,peer,samarbejde,*,3,3,0,3.8333,0.7638,,,,,,false',
      '1004,direct,peer,samarbejde,deler-viden,3,3,0,4.0000,1.0000,0,0,1,1,1,false',
      // two valid answers and a don't-know: below the peers' threshold, withheld
      '1004,direct,peer,samarbejde,holder-aftaler,3,,,,,,,,,,true',
    ]);
    // 1002's two peer forms: counted, never shown.
    expect(peerRows.filter((r) => r.startsWith('1002,')).every((r) => r.endsWith(',true') && r.includes(',,,,,,,,'))).toBe(true);
    expect(peerRows.some((r) => r.startsWith('1002,'))).toBe(true);
    // Never pooled over a chain or the organisation, and never in an employee row.
    expect(peerRows.every((r) => r.split(',')[1] === 'direct')).toBe(true);
    // Employees are not asked samarbejde: their rows carry no figure, whatever peers answered.
    expect(csv.filter((r) => r.startsWith('1004,direct,employee,samarbejde')).every((r) => r.endsWith(',5,,,,,,,,,,true'))).toBe(true);
    expect(csv.filter((r) => r.startsWith('1004,direct,employee,borgerorientering,*,'))[0]).toContain(',5,5,0,');
  });

  it('gives the leader\'s report the peer scores and a peer response rate for the leader alone, not for the chain', async () => {
    const view = await inTenant(async (tx) => buildReportView(await loadViewSource(tx, tenantId, roundId), { scope: 'chain', leaderId: '1004', locale: 'da' }));
    expect(view.responseRates.direct.peer).toEqual({ invited: 3, answered: 3 });
    expect(view.responseRates.chain.peer).toBeUndefined();
    const peers = view.scores.direct!.themes.samarbejde!;
    expect(peers.theme.peer).toMatchObject({ suppressed: false, forms: 3, n: 3, mean: expect.closeTo(3.8333, 3) });
    expect(peers.items['holder-aftaler']!.peer).toMatchObject({ suppressed: true });
    expect(view.scores.chain.themes.samarbejde!.theme.peer).toMatchObject({ suppressed: true });
    const other = await inTenant(async (tx) => buildReportView(await loadViewSource(tx, tenantId, roundId), { scope: 'leader', leaderId: '1002', locale: 'da' }));
    expect(other.responseRates.direct.peer).toEqual({ invited: 2, answered: 2 });
    expect(other.scores.direct!.themes.samarbejde!.theme.peer).toMatchObject({ suppressed: true, reason: 'below-threshold' });
  });
});
