import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AA_TEXT_CONTRAST, HEAT_WITHHELD, ReportDocumentSchema, contrastRatio, defineReport, heatColours, heatDifference, heatStepOf, heatSteps, luminance, z,
  type HeatmapBlock, type HeatmapNumber,
} from '../src/index.ts';

const SHOWN: HeatmapNumber[] = ['mean', 'index'];

describe('the diverging heatmap scale', () => {
  it('puts readable text on every step and on hidden cells (WCAG AA, 4.5:1)', () => {
    for (const shown of SHOWN) for (const s of heatSteps(shown)) expect(contrastRatio(s.ink, s.fill), `${s.step} ${s.fill}`).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(HEAT_WITHHELD.ink, HEAT_WITHHELD.fill)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(HEAT_WITHHELD.ink, HEAT_WITHHELD.stripe)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it('runs from orange through white to blue, each side darker the further from the centre', () => {
    const fills = heatSteps('mean').map((s) => s.fill);
    expect(fills).toEqual(['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac']);
    const light = fills.map(luminance);
    expect(light[3]).toBe(Math.max(...light));
    for (let i = 0; i < 3; i++) expect(light[i]!).toBeLessThan(light[i + 1]!);
    for (let i = 3; i < 6; i++) expect(light[i]!).toBeGreaterThan(light[i + 1]!);
  });

  it('never gives a hidden cell one of the scale\'s colours', () => {
    const fills = new Set(heatSteps('mean').map((s) => s.fill));
    expect(fills.has(HEAT_WITHHELD.fill)).toBe(false);
    expect(fills.has(HEAT_WITHHELD.stripe)).toBe(false);
  });

  it('steps at 0.2, 0.4 and 0.6 of a mean, and at 5, 10 and 15 index points', () => {
    expect([-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6].map((d) => heatStepOf(d, 'mean'))).toEqual([-3, -2, -2, -1, -1, 0, 0, 0, 1, 1, 2, 2, 3]);
    expect([-15, -14, -10, -9, -5, -4, 4, 5, 9, 10, 14, 15].map((d) => heatStepOf(d, 'index'))).toEqual([-3, -2, -2, -1, -1, 0, 0, 1, 1, 2, 2, 3]);
    expect(heatSteps('mean').map((s) => [s.from, s.to])).toEqual([[null, -6], [-5, -4], [-3, -2], [-1, 1], [2, 3], [4, 5], [6, null]]);
  });

  it('measures the difference between the numbers as printed, so a cell never disagrees with what it shows', () => {
    // 3.849 prints as 3,8 and 3.651 as 3,7: one tenth apart, at the centre; unrounded they are 0.198 apart.
    expect(heatDifference(3.849, 3.651, 'mean')).toBe(1);
    expect(heatDifference(4.1, 3.9, 'mean')).toBe(2);
    expect(heatDifference(4, 3.6, 'index')).toBe(10);
  });

  it('puts every difference in exactly the step whose range holds it (any difference)', () => {
    fc.assert(fc.property(fc.constantFrom(...SHOWN), fc.integer({ min: -100, max: 100 }), (shown, d) => {
      const holding = heatSteps(shown).filter((s) => (s.from === null || d >= s.from) && (s.to === null || d <= s.to));
      expect(holding.map((s) => s.step)).toEqual([heatStepOf(d, shown)]);
      expect(heatColours(heatStepOf(d, shown)).fill).toBe(holding[0]!.fill);
    }));
  });
});

const heatmap = (extra: Partial<HeatmapBlock>): HeatmapBlock => ({
  type: 'heatmap',
  columns: [{ key: 'a', label: 'A' }],
  rows: [{ key: 'u1', label: 'Ågade Skole', kind: 'unit', depth: 1, cells: [null] }],
  ...extra,
});
const legend = { title: 't', values: 'v', below: 'b', above: 'a', centre: 'c', suppressed: 's' };
const issues = (block: HeatmapBlock) => {
  const checked = ReportDocumentSchema.safeParse({ title: 'x', locale: 'da', blocks: [block] });
  return checked.success ? [] : checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the heatmap block in a report document', () => {
  it('still accepts an SDK 1.0 heatmap without a scale, kinds or parents', () => {
    expect(issues({ type: 'heatmap', columns: [{ key: 'a', label: 'A' }], rows: [{ key: 'r', label: 'R', cells: [{ suppressed: true, reason: 'no-forms' }] }] })).toEqual([]);
  });

  it('accepts a diverging scale with one centre per column', () => {
    expect(issues(heatmap({ scale: { type: 'diverging', show: 'mean', centres: [3.7], legend } }))).toEqual([]);
    expect(issues(heatmap({ scale: { type: 'diverging', show: 'index', centres: [null], legend } }))).toEqual([]);
  });

  it('refuses a scale whose centres do not match the columns, or lie off the scale', () => {
    expect(issues(heatmap({ scale: { type: 'diverging', show: 'mean', centres: [3.7, 4], legend } }))).toEqual(['blocks.0.scale.centres: has 2 centres for 1 columns']);
    expect(issues(heatmap({ scale: { type: 'diverging', show: 'mean', centres: [7], legend } }))[0]).toMatch(/^blocks\.0\.scale\.centres\.0: /);
  });

  it('refuses a parent that is not a row above', () => {
    const rows = [{ key: 'u2', label: 'B', parent: 'u1', cells: [null] }, { key: 'u1', label: 'A', cells: [null] }];
    expect(issues(heatmap({ rows }))).toEqual(['blocks.0.rows.0.parent: "u1" is not the key of a row above this one']);
  });
});

describe('labels for the values of an enum option', () => {
  const title = { da: 'Prøve' };
  const render = () => ({ title: 'x', locale: 'da' as const, blocks: [] });
  const withChoices = (choices: unknown) => () => defineReport({
    id: 'probe', version: '1.0.0', scope: 'chain', title, render,
    options: z.object({ centre: z.enum(['a', 'b']).default('a').meta({ label: { da: 'Midte', en: 'Centre' }, choices: choices as never }) }),
  });

  it('are optional, as in SDK 1.0', () => {
    expect(() => defineReport({ id: 'probe', version: '1.0.0', scope: 'chain', title, render, options: z.object({ centre: z.enum(['a', 'b']).default('a').meta({ label: { da: 'Midte', en: 'Centre' } }) }) })).not.toThrow();
  });

  it('must name every value in every language when given', () => {
    expect(withChoices({ a: { da: 'A', en: 'A' }, b: { da: 'B', en: 'B' } })).not.toThrow();
    expect(withChoices({ a: { da: 'A', en: 'A' }, b: { da: 'B' } })).toThrow('options.centre.choices.b: needs a text in "da" and "en"');
  });
});
