import type { Locale, TrendBlock } from '@spejl/plugin-sdk';
import { formatGap } from '../labels.ts';
import type { ChartOption } from './distribution-chart.ts';

/** One colour and line style per series, colour-blind safe and told apart in grey print by the dash too. */
export const TREND_STYLES = [
  { colour: '#0f5c9e', dash: null },
  { colour: '#c85200', dash: [6, 3] },
  { colour: '#2b8a3e', dash: [2, 2] },
  { colour: '#6a3d9a', dash: [8, 3, 2, 3] },
  { colour: '#8c6d1f', dash: [4, 4] },
] as const;

/** The style of the series at `index`. */
export function trendStyle(index: number): (typeof TREND_STYLES)[number] {
  return TREND_STYLES[index % TREND_STYLES.length]!;
}

/** A chart is drawn from three rounds on; with two the table says it all. */
export function drawsTrendChart(block: TrendBlock): boolean {
  return block.rounds.length >= 3 && block.series.some((s) => s.values.filter((v) => v !== null).length >= 2);
}

/** A round's label on the chart's axis: its name and, on a second line, its closing day. */
export function trendRoundLabel(round: TrendBlock['rounds'][number]): string {
  return round.date ? `${round.label}\n${round.date}` : round.label;
}

/** The change from the last earlier value to this round's, as printed ("+0,3"), or '' when either is blank. */
export function trendChange(values: readonly (number | null)[], locale: Locale): string {
  const last = values[values.length - 1];
  const before = values.slice(0, -1).reverse().find((v) => v !== null);
  if (last === null || last === undefined || before === undefined || before === null) return '';
  // Rounded first, so the change is the difference of the two means as printed.
  return formatGap(Math.round(last * 10) / 10 - Math.round(before * 10) / 10, locale);
}

/** A trend block as an ECharts line chart on the 1–5 scale (the console's and the HTML's); blanks are gaps. */
export function trendChartOption(block: TrendBlock, { legend = true }: { legend?: boolean } = {}): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: 'DejaVu Sans, sans-serif' },
    legend: legend ? { bottom: 0, textStyle: { fontSize: 11 } } : { show: false },
    grid: { left: 16, right: 24, top: 16, bottom: legend ? 40 : 8, containLabel: true },
    xAxis: { type: 'category', data: block.rounds.map(trendRoundLabel), axisLabel: { fontSize: 11, lineHeight: 14, interval: 0 } },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1, axisLabel: { fontSize: 11 } },
    series: block.series.map((s, i) => ({
      name: s.label,
      type: 'line',
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 8,
      lineStyle: { color: trendStyle(i).colour, width: 2.5, type: trendStyle(i).dash ?? 'solid' },
      itemStyle: { color: trendStyle(i).colour },
      data: s.values.map((v) => (v === null ? null : Math.round(v * 100) / 100)),
    })),
  };
}

/** Height in pixels of a trend chart. */
export function trendChartHeight({ legend = true }: { legend?: boolean } = {}): number {
  return legend ? 300 : 260;
}
