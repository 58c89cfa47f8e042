import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import {
  applyPeopleImport, closeRound, createRound, hierarchySnapshots, importResponses, launchRound, linkKey, loadViewSource, renderReport, themeSourceOf,
  type ViewSource,
} from '@spejl/core';
import { findReport, findTheme } from '@spejl/plugin-registry';
import type { ReportBlock, ReportDocument } from '@spejl/plugin-sdk';

// The example municipality of DESIGN.md (16 people, 26 forms), through the whole path:
// files → database → roll-up → anonymity filter → view → the real report plugins.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../packages/core/test/rollup/fixtures/${name}`, import.meta.url)));
const blocks = (d: { blocks: readonly ReportBlock[] }): ReportBlock[] => d.blocks.flatMap((b) => (b.type === 'section' ? [b, ...blocks(b)] : [b]));
const employeeCells = (document: ReportDocument) => blocks(document).flatMap((b) => (b.type === 'scoreTable' ? b.rows.map((r) => r.cells.employee) : []));

describe.each(testEngines())('leader and chain reports from a stored round on $name', (engine) => {
  let handle: SpejlDatabase;
  let source: ViewSource;
  const leaderReport = findReport('leader')!;
  const chainReport = findReport('chain')!;

  beforeAll(async () => {
    handle = await engine.open();
    const tenantId = (await handle.db.insertInto('tenants').values({ slug: 'egeskov', name: 'Egeskov Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    source = await withTenant(handle.db, tenantId, async (tx) => {
      await applyPeopleImport(tx, { fileName: 'people.csv', bytes: fixture('egeskov-people.csv') }, { actor: { userId: null, label: 'test' }, source: 'cli' });
      const round = await createRound(tx, tenantId, { name: 'Ledelsesevaluering 2026', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([findTheme('borgerorientering')!]));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: linkKey('pipeline-test-secret-that-is-long-enough-0123456789') });
      await closeRound(tx, round.id);
      await importResponses(tx, tenantId, round.id, fixture('egeskov-responses.csv'), 'responses.csv');
      return loadViewSource(tx, tenantId, round.id);
    });
  });
  afterAll(() => handle?.close());

  it("renders Mads Bæk's report with the theme's own texts and his team's scores", () => {
    const document = renderReport(leaderReport, source, { scope: 'leader', leaderId: '1004', locale: 'da' });
    expect(document.title).toBe('Mads Bæk');
    const text = JSON.stringify(document);
    expect(text).toContain('Borgerorientering er en ledelsesadfærd');
    const [theme, kultur, balance] = employeeCells(document);
    expect(theme).toMatchObject({ suppressed: false, mean: expect.closeTo(3.9, 9), n: 5 });
    expect(kultur).toMatchObject({ suppressed: false, mean: expect.closeTo(4.2, 9) });
    expect(balance).toEqual({ suppressed: true, reason: 'too-few-answers' });
  });

  it("tells Lise Sørensen why her two employees' answers are not shown, and shows none of them", () => {
    const document = renderReport(leaderReport, source, { scope: 'leader', leaderId: '1005', locale: 'da' });
    expect(JSON.stringify(document)).toContain('fordi færre end 5 har svaret');
    expect(employeeCells(document).every((c) => c?.suppressed)).toBe(true);
    for (const block of blocks(document)) {
      if (block.type === 'distribution') expect(block.rows.filter((r) => r.role === 'employee').every((r) => r.result.suppressed)).toBe(true);
      if (block.type === 'gap') expect(block.rows.every((r) => r.suppressed)).toBe(true);
    }
  });

  it("withholds Ole Kjærgaard's chain, which would reveal four forms by subtraction, while Ågade Skole is shown", () => {
    const document = renderReport(chainReport, source, { scope: 'chain', leaderId: '1002', locale: 'da' });
    const heatmap = blocks(document).find((b) => b.type === 'heatmap');
    if (heatmap?.type !== 'heatmap') throw new Error('no heatmap');
    expect(heatmap.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['Hele kæden', { suppressed: true, reason: 'complementary' }],
      ['Ågade Skole (Mads Bæk)', { suppressed: false, mean: expect.closeTo(3.9, 9), index: expect.closeTo(72.5, 9), n: 5 }],
      ['Børnehuset Mælkebøtten (Sørensen; Lise)', { suppressed: true, reason: 'below-threshold' }],
      ['Hele organisationen', { suppressed: false, mean: expect.closeTo(221 / 60, 9), index: expect.anything(), n: 15 }],
    ]);
  });

  it('refuses a leader report for someone who leads nobody', () => {
    expect(() => renderReport(leaderReport, source, { scope: 'leader', leaderId: '1006', locale: 'da' })).toThrow(/not a leader/);
  });
});
