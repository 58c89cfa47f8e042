import type { DistributionBlock, Locale } from '@spejl/plugin-sdk';
import { renderLabels } from '../labels.ts';

/** The palette of the five answers and *ved ikke*, red to green then grey (readable in print and on screen). */
export const ANSWER_COLOURS = ['#b2182b', '#ef8a62', '#d9d9d9', '#67a9cf', '#2166ac', '#9e9e9e'] as const;

/** An ECharts option shape loose enough for both the console (vue-echarts) and server-side SVG. */
export type ChartOption = Record<string, unknown>;

/** Whether the chart draws its own legend: the console's does (the browser measures text); PDF and HTML lay it out themselves. */
export interface ChartLegendOption { legend?: boolean }

/** The legend's entries: each answer's name in `locale` with its colour. */
export function distributionLegendItems(locale: Locale): { name: string; colour: string }[] {
  const labels = renderLabels(locale);
  return [...labels.scale, labels.dontKnow].map((name, i) => ({ name, colour: ANSWER_COLOURS[i]! }));
}

/** One row of a distribution chart: its label as printed and each answer's share in per cent, or null when withheld. */
export interface DistributionBar {
  readonly label: string;
  readonly shares: readonly number[] | null;
}

/**
 * The rows of a distribution block as every renderer draws them: shares of the five answers and
 * *ved ikke* (0–100 %, one decimal); a withheld row keeps only its label, marked hidden, so no
 * withheld count reaches a chart.
 */
export function distributionBars(block: DistributionBlock, locale: Locale): DistributionBar[] {
  const labels = renderLabels(locale);
  return block.rows.map((row) => {
    if (row.result.suppressed) return { label: `${row.label} (${labels.withheld})`, shares: null };
    const values = [...row.result.counts, row.result.dontKnow];
    const total = values.reduce((s, v) => s + v, 0);
    return { label: row.label, shares: values.map((v) => (total ? Math.round((v / total) * 1000) / 10 : 0)) };
  });
}

/** A distribution block as an ECharts stacked horizontal bar chart of shares per row (the console's and the HTML's). */
export function distributionChartOption(block: DistributionBlock, locale: Locale, { legend = true }: ChartLegendOption = {}): ChartOption {
  const labels = renderLabels(locale);
  const names = [...labels.scale, labels.dontKnow];
  // ECharts draws a category axis bottom-up; reversed, the first row is on top.
  const bars = distributionBars(block, locale).reverse();
  return {
    animation: false,
    textStyle: { fontFamily: 'DejaVu Sans, sans-serif' },
    legend: legend ? { bottom: 0, itemWidth: 12, itemHeight: 10, itemGap: 14, textStyle: { fontSize: 10 } } : { show: false },
    grid: { left: 16, right: 16, top: 8, bottom: legend ? 48 : 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %', fontSize: 10 } },
    // A long label wraps onto a second line rather than losing its end (such as "(skjult)").
    yAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { fontSize: 10, lineHeight: 12, width: 180, overflow: 'break' } },
    series: names.map((name, v) => ({
      name,
      type: 'bar',
      stack: 'answers',
      itemStyle: { color: ANSWER_COLOURS[v] },
      data: bars.map((b) => (b.shares === null ? null : b.shares[v])),
    })),
  };
}

/** Height in pixels that fits a distribution chart's rows and, when it draws one, its legend. */
export function distributionChartHeight(block: DistributionBlock, { legend = true }: ChartLegendOption = {}): number {
  return (legend ? 70 : 30) + block.rows.length * 26;
}
