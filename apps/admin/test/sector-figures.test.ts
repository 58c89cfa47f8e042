import { describe, expect, it } from 'vitest';
import { figureText } from '../src/pages/benchmark/sector-figures.ts';

describe('a sector benchmark cell', () => {
  const sector = { shown: true as const, mean: 3.84, n: 300 };

  it("says an organisation's mean in the reader's language with its distance from the sector's", () => {
    expect(figureText({ shown: true, mean: 4.12, n: 90 }, sector, 'da')).toEqual({ kind: 'mean', text: '4,1', gap: '+0,3' });
    expect(figureText({ shown: true, mean: 3.5, n: 90 }, sector, 'en')).toEqual({ kind: 'mean', text: '3.5', gap: '−0.3' });
  });

  it('takes the distance between the printed means, so it never contradicts the numbers beside it', () => {
    // 3,54 vs 3,76 printed 3,5 and 3,8: the reader computes −0,3, not the unrounded −0,22 → −0,2.
    expect(figureText({ shown: true, mean: 3.54, n: 90 }, { shown: true, mean: 3.76, n: 400 }, 'da')).toMatchObject({ text: '3,5', gap: '−0,3' });
    expect(figureText({ shown: true, mean: 4.06, n: 90 }, { shown: true, mean: 4.04, n: 400 }, 'da')).toMatchObject({ text: '4,1', gap: '+0,1' });
    expect(figureText({ shown: true, mean: 4.26, n: 90 }, { shown: true, mean: 3.94, n: 400 }, 'da')).toMatchObject({ text: '4,3', gap: '+0,4' });
  });

  it("gives no distance while the sector's mean is not shown, and none on the sector's own row", () => {
    expect(figureText({ shown: true, mean: 4.12, n: 90 }, { shown: false, reason: 'tooFewTenants' }, 'da')).toMatchObject({ gap: null });
    expect(figureText(sector, null, 'da')).toEqual({ kind: 'mean', text: '3,8', gap: null });
  });

  it('names why there is no figure: withheld by the organisation, too few organisations, or not in its round', () => {
    expect(figureText({ shown: false, reason: 'withheld' }, sector, 'da')).toEqual({ kind: 'none', key: 'benchmark.table.withheld', longKey: 'benchmark.table.withheldLong' });
    expect(figureText({ shown: false, reason: 'tooFewTenants' }, null, 'da')).toMatchObject({ key: 'benchmark.table.tooFewTenants' });
    expect(figureText(undefined, sector, 'da')).toMatchObject({ key: 'benchmark.table.notAsked' });
  });
});
