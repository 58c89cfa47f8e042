import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportView } from '@spejl/plugin-sdk';
import { withTenant, type SpejlDatabase, type TenantTx } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { reports } from '@spejl/plugin-registry';
import { applyPeopleImport, hierarchySnapshots } from '../../src/hierarchy/index.ts';
import { importResponses } from '../../src/responses/index.ts';
import { buildReportView } from '../../src/report-view/report-view.ts';
import { loadRoundResults, roundReport } from '../../src/reports/round-reports.ts';
import { RoundResultsCache } from '../../src/reports/results-cache.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { setUnitMappings, unitMappingOverview } from '../../src/trends/unit-mappings.ts';
import { TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

const themes = themeSourceOf([THEME]);
const encode = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));
const staff = (prefix: string, manager: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1},${prefix.toUpperCase()} ${i + 1},${prefix}${i + 1}@x.dk,${manager},,`);

// 1001 → 1002 (Børn og Unge) → 1004 (Ågade Skole, 8 employees), 1005 (Børnehuset, 5); 1001 → 1003 → 1013 (Hjemmeplejen, 6).
const BEFORE = [
  'person_id,name,email,manager_id,unit_name,unit_code',
  '1001,Birgitte Ravn,1001@x.dk,,Direktionen,D', '1002,Ole Kjærgaard,1002@x.dk,1001,Børn og Unge,BU', '1003,Hanne Østergård,1003@x.dk,1001,Sundhed,SU',
  '1004,Mads Bæk,1004@x.dk,1002,Ågade Skole,SK1', '1005,Lise Sørensen,1005@x.dk,1002,Børnehuset,BH1', '1013,Grethe Bach,1013@x.dk,1003,Hjemmeplejen,HJ',
  ...staff('e', '1004', 8), ...staff('f', '1005', 5), ...staff('g', '1013', 6),
];
// Before the third round: Børnehuset gets a new code (a rename the admin maps), Hjemmeplejen splits in two (Nord stays with 1013, Syd under 1020).
const AFTER = BEFORE.map((line) => line.replace('1005,Lise Sørensen,1005@x.dk,1002,Børnehuset,BH1', '1005,Lise Sørensen,1005@x.dk,1002,Børnehuset Mælkebøtten,BH2')
  .replace('1013,Grethe Bach,1013@x.dk,1003,Hjemmeplejen,HJ', '1013,Grethe Bach,1013@x.dk,1003,Hjemmeplejen Nord,HJ-N'))
  .filter((line) => !/^g[456],/.test(line))
  .concat(['1020,Kasper Holm,1020@x.dk,1003,Hjemmeplejen Syd,HJ-S', ...staff('g', '1020', 6).slice(3)]);

const HEADER = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi';
const forms = (subject: string, n: number, answer: number) => Array.from({ length: n }, () => `${subject},employee,${answer},${answer},${answer},${answer}`);

describe.each(testEngines())('development over time through closed rounds on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let otherTenant: string;
  const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const inTenant = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, tenantId, fn);

  async function closedRound(tx: TenantTx, name: string, rows: string[]): Promise<string> {
    const round = await createRound(tx, tenantId, { name, themes: [{ id: 'borgerorientering' }] }, themes);
    await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
    await closeRound(tx, round.id);
    await importResponses(tx, tenantId, round.id, encode([HEADER, ...rows]), 'responses.csv');
    return round.id;
  }

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: 'Egeskov Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('trends')).id;
    otherTenant = (await tenant('trends-other')).id;
    const actor = { actor: { userId: null, label: 'test' }, source: 'cli' as const };
    await inTenant((tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: encode(BEFORE) }, actor));
    ids.a = await inTenant((tx) => closedRound(tx, 'Måling 2023', [...forms('1004', 7, 3), ...forms('1005', 5, 3), ...forms('1013', 6, 3)]));
    // In 2024 Børnehuset's 3 forms are withheld; 1002's own 2 (withheld too) keep the chain's difference with 1004's at 5.
    ids.b = await inTenant((tx) => closedRound(tx, 'Måling 2024', [...forms('1002', 2, 4), ...forms('1004', 7, 4), ...forms('1005', 3, 4), ...forms('1013', 6, 4)]));
    await inTenant((tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: encode(AFTER) }, { ...actor, confirmLargeChange: true }));
    ids.c = await inTenant((tx) => closedRound(tx, 'Måling 2025', [...forms('1004', 8, 5), ...forms('1005', 5, 5), ...forms('1013', 3, 5), ...forms('1020', 3, 5)]));
  });
  afterAll(() => handle?.close());

  const view = async (round: 'b' | 'c', scope: 'leader' | 'chain' | 'tenant', leaderId?: string): Promise<ReportView> => {
    const results = await inTenant((tx) => loadRoundResults(tx, tenantId, ids[round], reports, new RoundResultsCache()));
    return buildReportView(results.source, { scope, locale: 'da', ...(leaderId ? { leaderId } : {}) });
  };

  it('reads the unit_code column and keeps it with the person and in each round snapshot', async () => {
    const stored = await inTenant((tx) => tx.selectFrom('people').select(['person_id', 'unit_code']).where('person_id', 'in', ['1005', 'e1']).orderBy('person_id').execute());
    expect(stored).toEqual([{ person_id: '1005', unit_code: 'BH2' }, { person_id: 'e1', unit_code: null }]);
    const frozen = await inTenant((tx) => tx.selectFrom('round_people').select(['round_id', 'unit_code']).where('person_id', '=', '1005').execute());
    expect(Object.fromEntries(frozen.map((r) => [r.round_id, r.unit_code]))).toEqual({ [ids.a]: 'BH1', [ids.b]: 'BH1', [ids.c]: 'BH2' });
  });

  it("follows a leader's own team by person id and shows both earlier rounds when the counts match", async () => {
    const v = await view('b', 'leader', '1004');
    expect(v.trend).toMatchObject({ group: 'direct', rounds: [{ id: ids.a, name: 'Måling 2023' }], unmatchedRounds: 0 });
    expect(v.trend!.themes.borgerorientering).toEqual([{ shown: true, mean: 3, n: 7 }]);
  });

  it('shows no difference for a team or a chain that gained one form between rounds', async () => {
    const leader = await view('c', 'leader', '1004');
    expect(leader.scores.direct!.themes.borgerorientering!.theme.employee).toMatchObject({ suppressed: false, n: 8 });
    expect(leader.trend!.themes.borgerorientering).toEqual([{ shown: false, reason: 'count-change' }, { shown: false, reason: 'count-change' }]);
    // Børn og Unge's chain: 12 forms in 2023 and 2024, 13 now.
    const chain = await view('c', 'chain', '1002');
    expect(chain.trend!.themes.borgerorientering).toEqual([{ shown: false, reason: 'count-change' }, { shown: false, reason: 'count-change' }]);
    // The same chain in 2024's report, against 2023: twelve forms each, so the earlier mean stands.
    expect((await view('b', 'chain', '1002')).trend!.themes.borgerorientering).toEqual([{ shown: true, mean: 3, n: 12 }]);
    expect(JSON.stringify(chain.trend)).not.toContain('"mean"');
  });

  it('compares nothing with a round in which the leader\'s team was withheld', async () => {
    const v = await view('c', 'leader', '1005');
    expect(v.trend!.themes.borgerorientering).toEqual([{ shown: true, mean: 3, n: 5 }, { shown: false, reason: 'not-published' }]);
  });

  it('shows no trend for a unit whose code changed until the admin maps it, and none for the parts of a split unit', async () => {
    const before = await view('c', 'chain', '1005');
    expect(before.trend).toMatchObject({ rounds: [], unmatchedRounds: 2 });
    await inTenant((tx) => setUnitMappings(tx, tenantId, { roundId: ids.c, earlierRoundId: ids.b, pairs: [
      { earlierLeaderId: '1005', leaderId: '1005' }, { earlierLeaderId: '1013', leaderId: '1013' }, { earlierLeaderId: '1013', leaderId: '1020' },
    ] }, { userId: null }));
    // The mapping changes the round's stamp, so a server holding the results reads them again.
    const renamed = await view('c', 'chain', '1005');
    expect(renamed.trend).toMatchObject({ rounds: [{ id: ids.b }], unmatchedRounds: 1 });
    for (const part of ['1013', '1020']) expect((await view('c', 'chain', part)).trend).toMatchObject({ rounds: [], unmatchedRounds: 2 });
    // Two saves of the same mappings at once (a double click) both succeed, one after the other.
    const same = { roundId: ids.c, earlierRoundId: ids.b, pairs: [{ earlierLeaderId: '1005', leaderId: '1005' }, { earlierLeaderId: '1013', leaderId: '1013' }, { earlierLeaderId: '1013', leaderId: '1020' }] };
    expect(await Promise.all([1, 2].map(() => inTenant((tx) => setUnitMappings(tx, tenantId, same, { userId: null }))))).toEqual([{ saved: 3 }, { saved: 3 }]);
    const overview = await inTenant((tx) => unitMappingOverview(tx, ids.c));
    expect(overview.mappings).toHaveLength(3);
    expect(overview.earlier.map((e) => e.name)).toEqual(['Måling 2024', 'Måling 2023']);
    expect(overview.earlier[0]!.matches['1013']).toEqual({ found: false, why: 'reorganised' });
    expect(overview.earlier[0]!.matches['1004']).toEqual({ found: true, leaderId: '1004', by: 'code' });
  });

  it('puts the trend in the leader report document, a table without a chart for two rounds', async () => {
    const results = await inTenant((tx) => loadRoundResults(tx, tenantId, ids.c, reports, new RoundResultsCache()));
    const document = roundReport(results, reports, { role: 'admin', personId: null }, { reportId: 'leader', leaderId: '1005', locale: 'da' });
    const trend = document.blocks.find((b) => b.type === 'trend');
    expect(trend).toMatchObject({ type: 'trend', rounds: [{ label: 'Måling 2023' }, { label: 'Måling 2025' }], series: [{ key: 'borgerorientering', values: [3, 5] }] });
  });

  it("refuses another tenant's admin reading or writing this tenant's mappings, and a tampered leader id", async () => {
    const mapping = { roundId: ids.c, earlierRoundId: ids.b, pairs: [{ earlierLeaderId: '1004', leaderId: '1004' }] };
    await expect(withTenant(handle.db, otherTenant, (tx) => setUnitMappings(tx, otherTenant, mapping, { userId: null }))).rejects.toMatchObject({ coded: { code: 'round.notFound' } });
    await expect(withTenant(handle.db, otherTenant, (tx) => unitMappingOverview(tx, ids.c))).rejects.toMatchObject({ coded: { code: 'round.notFound' } });
    await expect(inTenant((tx) => setUnitMappings(tx, tenantId, { ...mapping, pairs: [{ earlierLeaderId: 'e1', leaderId: '1004' }] }, { userId: null }))).rejects.toMatchObject({ coded: { code: 'unitMappings.notAUnit' } });
    await expect(inTenant((tx) => setUnitMappings(tx, tenantId, { roundId: ids.b, earlierRoundId: ids.c, pairs: [] }, { userId: null }))).rejects.toMatchObject({ coded: { code: 'unitMappings.notEarlier' } });
    const kept = await inTenant((tx) => tx.selectFrom('unit_mappings').select(['earlier_leader_id', 'leader_id']).orderBy('leader_id').execute());
    expect(kept.map((m) => `${m.earlier_leader_id}>${m.leader_id}`)).toEqual(['1005>1005', '1013>1013', '1013>1020']);
  });
});
