import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { ReportDocumentSchema, runReport, type ReportDocument, type ReportView, type TrendBlock } from '@spejl/plugin-sdk';
import { fixtureView } from '@spejl/plugin-testing';
import { findReport, findTheme } from '@spejl/plugin-registry';
import { renderHtml, renderPdf, trendChange } from '../src/index.ts';

const themes = [findTheme('borgerorientering')!];
const round = (id: string, name: string, closedAt: string) => ({ id, name, closedAt });

/** The published fixture with two earlier rounds: one comparable, one refused for a change of one form. */
function withTrend(points: ReportView['trend']): ReportView {
  return { ...fixtureView(themes, 'published', 'da'), ...(points ? { trend: points } : {}) };
}

const threeRounds = withTrend({
  group: 'direct',
  rounds: [round('r1', 'Måling 2023', '2023-11-30T12:00:00Z'), round('r2', 'Måling 2024', '2024-11-29T12:00:00Z')],
  themes: { borgerorientering: [{ shown: true, mean: 3.12, n: 6 }, { shown: true, mean: 3.48, n: 6 }] },
  unmatchedRounds: 0,
  threshold: 5,
});

const trendOf = (document: ReportDocument) => document.blocks.find((b): b is TrendBlock => b.type === 'trend');

describe('the trend in the leader report and its renderers', () => {
  it('puts the earlier published means, then this round, into one series per theme', () => {
    const document = runReport(findReport('leader')!, threeRounds, {});
    const block = trendOf(document)!;
    expect(block.rounds.map((r) => r.label)).toEqual(['Måling 2023', 'Måling 2024', threeRounds.round.name]);
    expect(block.rounds[0]!.date).toBe('2023-11-30');
    expect(block.series[0]!.values.slice(0, 2)).toEqual([3.12, 3.48]);
  });

  it('leaves out an earlier round with nothing comparable, and says so where no round is', () => {
    const refused = withTrend({ group: 'direct', rounds: [round('r1', 'Måling 2024', '2024-11-29T12:00:00Z')], themes: { borgerorientering: [{ shown: false, reason: 'count-change' }] }, unmatchedRounds: 0, threshold: 5 });
    const document = runReport(findReport('leader')!, refused, {});
    expect(trendOf(document)).toBeUndefined();
    expect(JSON.stringify(document)).toContain('Ingen tal fra tidligere målinger kan sammenlignes');
    expect(JSON.stringify(runReport(findReport('chain')!, { ...fixtureView(themes, 'chain', 'da'), trend: { group: 'chain', rounds: [], themes: {}, unmatchedRounds: 2, threshold: 5 } }, {}))).toContain('Enheden kan ikke følges bagud');
    expect(JSON.stringify(runReport(findReport('leader')!, fixtureView(themes, 'dont-know', 'da'), {}))).not.toContain('Udvikling over tid');
  });

  it('states the threshold the comparison held to, which an earlier round closed under a higher one raises', () => {
    const trendNote = (view: ReportView) => JSON.stringify(runReport(findReport('leader')!, view, {})).match(/færre end (\d+), så forskellen/)?.[1];
    expect(trendNote(threeRounds)).toBe('5');
    expect(trendNote(withTrend({ ...threeRounds.trend!, threshold: 7 }))).toBe('7');
  });

  it('draws the chart in HTML from three rounds, a table only for two', () => {
    const html = renderHtml(runReport(findReport('leader')!, threeRounds, {}));
    const section = html.slice(html.indexOf('Udvikling over tid'));
    expect(section).toMatch(/<figure class="chart trend"><svg/);
    expect(section).toContain('<td class="num">3,1</td><td class="num">3,5</td>');
    const two = renderHtml(runReport(findReport('leader')!, withTrend({ ...threeRounds.trend!, rounds: threeRounds.trend!.rounds.slice(1), themes: { borgerorientering: [{ shown: true, mean: 3.48, n: 6 }] } }), {}));
    expect(two.slice(two.indexOf('Udvikling over tid'))).not.toContain('chart trend');
  });

  it('prints the rounds and the scale as text in the PDF', async () => {
    const pdf = await renderPdf(runReport(findReport('leader')!, threeRounds, {}));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Udvikling over tid');
    expect(text).toContain('Måling 2023');
    expect(text).toContain('2024-11-29');
  });

  it('refuses a trend block whose series and rounds disagree', () => {
    const bad = { title: 'x', locale: 'da', blocks: [{ type: 'trend', rounds: [{ label: 'a' }, { label: 'b' }], series: [{ key: 't', label: 'T', values: [3] }] }] };
    expect(ReportDocumentSchema.safeParse(bad).error?.issues[0]?.path).toEqual(['blocks', 0, 'series', 0, 'values']);
  });

  it('says the change between the last two figures as printed', () => {
    expect(trendChange([3.12, null, 3.46], 'da')).toBe('+0,4');
    expect(trendChange([3.5, 3.5], 'en')).toBe('0.0');
    expect(trendChange([null, 3.5], 'da')).toBe('');
  });
});
