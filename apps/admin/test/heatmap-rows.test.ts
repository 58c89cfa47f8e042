import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportDocumentSchema, type Cell, type HeatmapBlock, type HeatmapRow } from '@spejl/plugin-sdk';
import { nextSort, subChains, unitFaggrupper, unitLevels, visibleHeatmapRows, type HeatmapChoices } from '../src/reports/heatmap-rows.ts';

const score = (mean: number): Cell => ({ suppressed: false, mean, index: (mean - 1) * 25, n: 9 });
const hidden: Cell = { suppressed: true, reason: 'below-threshold' };
const unit = (key: string, label: string, depth: number, cells: Cell[], parent?: string): HeatmapRow => ({ key, label, depth, kind: 'unit', ...(parent ? { parent } : {}), cells });

// Børn og Unge (3,8 / hidden) with Ågade Skole (4,2) and Østskolen (hidden) below; Kultur (3,1) with Biblioteket (3,5) below.
const block: HeatmapBlock = {
  type: 'heatmap',
  columns: [{ key: 'tillid', label: 'Tillid' }, { key: 'faglig', label: 'Faglig ledelse' }],
  rows: [
    { key: 'chain', label: 'Hele kæden', depth: 0, kind: 'total', cells: [score(3.6), score(3.7)] },
    unit('u1', 'Børn og Unge', 1, [score(3.8), hidden]),
    unit('u2', 'Ågade Skole', 2, [score(4.2), score(3.9)], 'u1'),
    unit('u3', 'Østskolen', 2, [hidden, hidden], 'u1'),
    unit('u4', 'Kultur', 1, [score(3.1), score(3.3)]),
    unit('u5', 'Biblioteket', 2, [score(3.5), null], 'u4'),
    { key: 'organisation', label: 'Hele organisationen', kind: 'comparison', cells: [score(3.7), score(3.6)] },
  ],
};
const none: HeatmapChoices = { sort: null, level: null, under: null };
const keys = (choices: Partial<HeatmapChoices>, b: HeatmapBlock = block) => visibleHeatmapRows(b, { ...none, ...choices }, 'da').map(({ row }) => row.key);

describe('choosing units by faggruppe', () => {
  // Only the faggrupper the document names (held by at least k people of a chain) can be chosen.
  const tagged: HeatmapBlock = {
    ...block,
    rows: block.rows.map((r) => (r.key === 'u1' ? { ...r, faggrupper: ['Lærer', 'Pædagog'] } : r.key === 'u2' ? { ...r, faggrupper: ['Lærer'] } : r.key === 'u4' ? { ...r, faggrupper: ['Bibliotekar'] } : r)),
  };

  it('offers the faggrupper the units name, in Danish order, and none for a heatmap without them', () => {
    expect(unitFaggrupper(tagged)).toEqual(['Bibliotekar', 'Lærer', 'Pædagog']);
    expect(unitFaggrupper(block)).toEqual([]);
  });

  it('keeps the whole chain and the comparisons and only the units naming the faggruppe, their published cells untouched', () => {
    expect(keys({ faggruppe: 'Lærer' }, tagged)).toEqual(['chain', 'u1', 'u2', 'organisation']);
    expect(keys({ faggruppe: 'Pædagog', level: 2 }, tagged)).toEqual(['chain', 'organisation']);
    const shown = visibleHeatmapRows(tagged, { ...none, faggruppe: 'Bibliotekar' }, 'da');
    expect(shown.map(({ row }) => row)).toEqual([tagged.rows[0], tagged.rows[4], tagged.rows[6]]);
  });

  it('a document naming faggrupper still passes the document schema', () => {
    expect(ReportDocumentSchema.safeParse({ title: 'x', locale: 'da', blocks: [tagged] }).success).toBe(true);
  });
});

describe('sorting the heatmap', () => {
  it('keeps the hierarchy order until a column is chosen', () => {
    expect(keys({})).toEqual(['chain', 'u1', 'u2', 'u3', 'u4', 'u5', 'organisation']);
  });

  it('sorts the units by a column, the whole chain staying first and the organisation last, hidden cells last either way', () => {
    expect(keys({ sort: { by: 0, direction: 'ascending' } })).toEqual(['chain', 'u4', 'u5', 'u1', 'u2', 'u3', 'organisation']);
    expect(keys({ sort: { by: 0, direction: 'descending' } })).toEqual(['chain', 'u2', 'u1', 'u5', 'u4', 'u3', 'organisation']);
    expect(keys({ sort: { by: 1, direction: 'descending' } })).toEqual(['chain', 'u2', 'u4', 'u1', 'u3', 'u5', 'organisation']);
  });

  it('sorts by name the Danish way (Å and Ø after Z)', () => {
    expect(keys({ sort: { by: 'label', direction: 'ascending' } })).toEqual(['chain', 'u5', 'u1', 'u4', 'u3', 'u2', 'organisation']);
  });

  it('goes ascending on the first click, then back and forth; a new column starts ascending', () => {
    const first = nextSort(null, 0);
    expect(first).toEqual({ by: 0, direction: 'ascending' });
    expect(nextSort(first, 0)).toEqual({ by: 0, direction: 'descending' });
    expect(nextSort(nextSort(first, 0), 0)).toEqual({ by: 0, direction: 'ascending' });
    expect(nextSort(first, 1)).toEqual({ by: 1, direction: 'ascending' });
  });

  it('sorts every row of an SDK 1.0 heatmap, whose rows do not say what they are', () => {
    const old: HeatmapBlock = { type: 'heatmap', columns: [{ key: 'a', label: 'A' }], rows: [{ key: 'x', label: 'X', cells: [score(4)] }, { key: 'y', label: 'Y', cells: [score(2)] }] };
    expect(keys({ sort: { by: 0, direction: 'ascending' } }, old)).toEqual(['y', 'x']);
  });
});

describe('filtering the heatmap', () => {
  it('offers the levels and the sub-chains the document holds', () => {
    expect(unitLevels(block)).toEqual([1, 2]);
    expect(subChains(block).map((r) => r.key)).toEqual(['u1', 'u4']);
  });

  it('shows one level of units, with the whole chain and the organisation kept for reference', () => {
    expect(keys({ level: 2 })).toEqual(['chain', 'u2', 'u3', 'u5', 'organisation']);
  });

  it('shows one sub-chain: the chosen unit and the units below it', () => {
    expect(keys({ under: 'u1' })).toEqual(['chain', 'u1', 'u2', 'u3', 'organisation']);
    expect(keys({ under: 'u1', level: 2, sort: { by: 0, direction: 'descending' } })).toEqual(['chain', 'u2', 'u3', 'organisation']);
  });
});

// Random heatmaps: a tree of units (each parent before its children), random published and hidden cells.
const cellArb: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), fc.constant(hidden), fc.double({ min: 1, max: 5, noNaN: true }).map(score));
const blockArb: fc.Arbitrary<HeatmapBlock> = fc.array(fc.tuple(fc.nat(), fc.array(cellArb, { minLength: 2, maxLength: 2 }), fc.string()), { maxLength: 25 }).map((specs) => {
  const units: HeatmapRow[] = [];
  specs.forEach(([pick, cells, label], i) => {
    const parent = units.length && pick % 3 ? units[pick % units.length] : undefined;
    units.push(unit(`u${i}`, label, parent ? parent.depth! + 1 : 1, cells, parent?.key));
  });
  return { ...block, rows: [block.rows[0]!, ...units, block.rows.at(-1)!] };
});
const choicesArb = (b: HeatmapBlock): fc.Arbitrary<HeatmapChoices> => fc.record({
  sort: fc.option(fc.record({ by: fc.constantFrom<number | 'label'>(0, 1, 'label'), direction: fc.constantFrom('ascending' as const, 'descending' as const) }), { nil: null }),
  level: fc.option(fc.constantFrom(...unitLevels(b), 1), { nil: null }),
  under: fc.option(fc.constantFrom(...subChains(b).map((r) => r.key), 'u0'), { nil: null }),
});

describe('the heatmap filters compute nothing (any heatmap, any choices)', () => {
  it('only choose and order the document’s own rows: the same objects, unchanged, none twice, the schema still satisfied', () => {
    fc.assert(fc.property(blockArb.chain((b) => fc.tuple(fc.constant(b), choicesArb(b))), ([b, choices]) => {
      expect(ReportDocumentSchema.safeParse({ title: 't', locale: 'da', blocks: [b] }).success).toBe(true);
      const before = JSON.stringify(b);
      const shown = visibleHeatmapRows(b, choices, 'da');
      expect(JSON.stringify(b)).toBe(before);
      for (const { row, at } of shown) expect(row).toBe(b.rows[at]);
      expect(new Set(shown.map((s) => s.at)).size).toBe(shown.length);
      expect(shown[0]!.row.kind).toBe('total');
      expect(shown.at(-1)!.row.kind).toBe('comparison');
      const units = shown.filter((s) => s.row.kind === 'unit');
      if (choices.level !== null) expect(units.every((s) => s.row.depth === choices.level)).toBe(true);
      if (choices.sort && choices.sort.by !== 'label') {
        const by = choices.sort.by;
        const published = units.map((s) => s.row.cells[by]).map((c) => (c && !c.suppressed ? c.mean : null));
        const firstGap = published.indexOf(null);
        if (firstGap >= 0) expect(published.slice(firstGap).every((m) => m === null)).toBe(true);
      }
    }));
  });
});
