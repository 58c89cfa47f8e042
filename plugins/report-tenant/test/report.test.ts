import { describe, expect, it } from 'vitest';
import { runReport, type ReportView } from '@spejl/plugin-sdk';
import { allBlocks, documentText, fixtureView, renderOnFixtures, sampleTheme } from '@spejl/plugin-testing';
import report, { BENCHMARK_KEY } from '../src/index.ts';

const view = fixtureView([sampleTheme], 'tenant');
const heatmaps = (v: ReportView, options: object = {}) => allBlocks(runReport(report, v, options)).filter((b) => b.type === 'heatmap');

describe('the organisation overview', () => {
  it('renders the tenant fixture in Danish and English as a valid document', () => {
    expect(renderOnFixtures(report, [sampleTheme]).map((r) => `${r.scenario}/${r.locale}`)).toEqual(['tenant/da', 'tenant/en']);
  });

  it('maps the units below the top with withheld cells kept withheld', () => {
    const [units] = heatmaps(view);
    if (units?.type !== 'heatmap') throw new Error('no heatmap');
    expect(units.rows[0]).toMatchObject({ label: 'Hele organisationen', depth: 0, kind: 'total' });
    expect(units.rows.slice(1).every((r) => r.kind === 'unit')).toBe(true);
    const unitCells = units.rows.slice(1).map((r) => r.cells[0]);
    const withheld = view.units.filter((u) => u.scores.chain.themes[sampleTheme.id]?.theme.employee?.suppressed).length;
    expect(unitCells.filter((c) => c?.suppressed)).toHaveLength(withheld);
  });

  it("colours the units around the organisation's own mean, with the legend, and lists no comparison row beside the whole", () => {
    const [units] = heatmaps(view);
    if (units?.type !== 'heatmap') throw new Error('no heatmap');
    const whole = units.rows[0]!.cells[0];
    expect(units.scale).toMatchObject({ type: 'diverging', show: 'mean', centres: [whole && !whole.suppressed ? whole.mean : null] });
    expect(units.scale!.legend).toMatchObject({ title: 'Sådan læses farverne', below: 'Lavere end hele organisationen', above: 'Højere end hele organisationen' });
    expect(units.rows.some((r) => r.kind === 'comparison')).toBe(false);
  });

  it('shows a sector benchmark only when the core gives one', () => {
    expect(documentText(runReport(report, view, {}))).not.toContain('andre organisationer i sektoren');
    const withBenchmark: ReportView = { ...view, comparisons: [...view.comparisons, { key: BENCHMARK_KEY, label: 'Kommuner (4)', scores: view.scores.chain }] };
    const [, sector] = heatmaps(withBenchmark);
    expect(sector?.type === 'heatmap' && sector.rows.map((r) => r.label)).toEqual(['Denne organisation', 'Kommuner (4)']);
  });

  it('leaves out the statements when asked to show themes only', () => {
    const rows = (options: object) => allBlocks(runReport(report, view, options)).flatMap((b) => (b.type === 'scoreTable' ? b.rows : []));
    expect(rows({}).some((r) => r.kind === 'item')).toBe(true);
    expect(rows({ showItems: false }).every((r) => r.kind === 'theme')).toBe(true);
  });
});
