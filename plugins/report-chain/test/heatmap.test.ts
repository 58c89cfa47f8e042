import { describe, expect, it } from 'vitest';
import { heatColours, heatDifference, heatStepOf, runReport, type Cell, type HeatmapBlock, type ReportView, type ScoreCell, type UnitView } from '@spejl/plugin-sdk';
import { allBlocks, fixtureView, sampleTheme } from '@spejl/plugin-testing';
import report from '../src/index.ts';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

const view = (locale: 'da' | 'en' = 'da') => structuredClone(fixtureView([sampleTheme], 'chain', locale)) as Mutable<ReportView>;

function heatmapOf(v: ReportView, options: object = {}): HeatmapBlock {
  const block = allBlocks(runReport(report, v, options)).find((b) => b.type === 'heatmap');
  if (block?.type !== 'heatmap') throw new Error('no heatmap');
  return block;
}

const row = (map: HeatmapBlock, key: string) => map.rows.find((r) => r.key === key)!;
const score = (cell: Cell | undefined): ScoreCell => {
  if (!cell || cell.suppressed) throw new Error(`expected a published cell, got ${JSON.stringify(cell)}`);
  return cell;
};

/** A published employee chain mean for a unit, as the anonymity filter would hand it. */
function publish(unit: Mutable<UnitView>, mean: number): void {
  unit.scores.chain.themes.tillid!.theme.employee = { suppressed: false, forms: 9, n: 9, mean, sd: 0.5 };
}

describe("the chain heatmap's colour scale", () => {
  it("centres on the organisation's published mean by default: the organisation row is white", () => {
    const map = heatmapOf(view());
    const organisation = score(row(map, 'organisation').cells[0]);
    expect(map.scale).toMatchObject({ type: 'diverging', show: 'mean', centres: [organisation.mean] });
    expect(heatStepOf(heatDifference(organisation.mean, map.scale!.centres[0]!, 'mean'), 'mean')).toBe(0);
  });

  it('colours a unit far above the organisation the strongest blue and one far below the strongest orange', () => {
    const v = view();
    const centre = score(heatmapOf(v).rows.find((r) => r.key === 'organisation')!.cells[0]).mean;
    publish(v.units[0]!, centre + 0.8);
    publish(v.units[1]!, centre - 0.45);
    const map = heatmapOf(v);
    const stepOf = (key: string) => heatStepOf(heatDifference(score(row(map, key).cells[0]).mean, map.scale!.centres[0]!, 'mean'), 'mean');
    expect(stepOf('u1')).toBe(3);
    expect(heatColours(3).fill).toBe('#2166ac');
    expect(stepOf('u2')).toBe(-2);
    expect(heatColours(-2).fill).toBe('#f1a340');
  });

  it("centres on the chain's own mean or on the scale's middle when the options say so", () => {
    const v = view();
    const chainMean = score(heatmapOf(v).rows[0]!.cells[0]).mean;
    expect(heatmapOf(v, { reference: 'chain' }).scale!.centres).toEqual([chainMean]);
    expect(heatmapOf(v, { reference: 'midpoint' }).scale!.centres).toEqual([3]);
  });

  it("leaves a column without a centre when the reference is withheld, and never makes one up", () => {
    const v = view();
    v.comparisons[0]!.scores.themes.tillid!.theme.employee = { suppressed: true, reason: 'below-threshold' };
    expect(heatmapOf(v).scale!.centres).toEqual([null]);
  });

  it('shows the index 0–100 instead of the mean when asked, and says so in the legend', () => {
    const map = heatmapOf(view(), { show: 'index' });
    expect(map.scale!.show).toBe('index');
    expect(map.scale!.legend.values).toBe('Tallet i cellen er medarbejdernes indeks fra 0 til 100 (gennemsnittet 1–5 omregnet).');
  });

  it('refuses an unknown reference with the option named', () => {
    expect(() => runReport(report, view(), { reference: 'sector' })).toThrow('- reference: Invalid option: expected one of "organisation"|"chain"|"midpoint"');
  });
});

describe("the chain heatmap's legend", () => {
  it('says in Danish what the colours, the centre and the hidden cells mean', () => {
    expect(heatmapOf(view()).scale!.legend).toEqual({
      title: 'Sådan læses farverne',
      values: 'Tallet i cellen er medarbejdernes gennemsnit på skalaen 1–5.',
      below: 'Lavere end hele organisationen',
      above: 'Højere end hele organisationen',
      centre: 'Hvid er hele organisationens gennemsnit for temaet',
      suppressed: 'Skjult: færre end 5 har svaret, eller tallet kunne sammen med andre viste tal afsløre en mindre gruppes svar. En skjult celle får aldrig en farve.',
    });
  });

  it('says it in English for an English report, and names the chain when the chain is the centre', () => {
    const legend = heatmapOf(view('en'), { reference: 'chain' }).scale!.legend;
    expect(legend).toMatchObject({ title: 'How to read the colours', below: 'Lower than the whole chain', above: 'Higher than the whole chain', centre: "White is the whole chain's mean for the theme" });
    expect(legend.suppressed).toContain('fewer than 5 answered');
  });
});

describe("the chain heatmap's rows", () => {
  it('keeps withheld units withheld, with their reason and no number', () => {
    const map = heatmapOf(view());
    expect(row(map, 'u2').cells).toEqual([{ suppressed: true, reason: 'below-threshold' }]);
    expect(row(map, 'u3').cells).toEqual([{ suppressed: true, reason: 'complementary' }]);
  });

  it('marks the whole chain, the units and the comparisons, so a sort keeps the chain first and the organisation last', () => {
    expect(heatmapOf(view()).rows.map((r) => [r.key, r.kind])).toEqual([['chain', 'total'], ['u1', 'unit'], ['u2', 'unit'], ['u3', 'unit'], ['organisation', 'comparison']]);
  });

  it('names the unit above each unit, so a reader can show one sub-chain, also when fewer levels are listed', () => {
    const v = view();
    const [u1, u2] = v.units as Mutable<UnitView>[];
    v.units = [u1!, { ...u1!, key: 'u1a', unitName: 'Indskolingen', depth: 2 }, { ...u1!, key: 'u1a1', unitName: '0. klasse', depth: 3 }, { ...u1!, key: 'u1b', unitName: 'Udskolingen', depth: 2 }, u2!];
    expect(heatmapOf(v, { maxDepth: 3 }).rows.map((r) => [r.key, r.parent])).toEqual([
      ['chain', undefined], ['u1', undefined], ['u1a', 'u1'], ['u1a1', 'u1a'], ['u1b', 'u1'], ['u2', undefined], ['organisation', undefined],
    ]);
    expect(heatmapOf(v, { maxDepth: 1 }).rows.every((r) => r.parent === undefined)).toBe(true);
  });
});
