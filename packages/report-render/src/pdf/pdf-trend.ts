import type { Locale, TrendBlock } from '@spejl/plugin-sdk';
import { drawsTrendChart, trendChange, trendStyle } from '../charts/trend-chart.ts';
import { formatMean, renderLabels } from '../labels.ts';
import type { Content, TableCell } from './pdfmake-types.ts';

/*
 * The PDF draws a trend chart itself, like the distribution chart (pdf-distribution.ts): every label
 * is pdfmake text in the embedded font, laid out by a table so it sits exactly at its grid line or
 * under its round, and the lines are a few vectors. The scale 1–5 is five bands of one row each;
 * a value's line sits in the middle of its band, so the row's label is level with it.
 */

/** Width of the scale's labels on the left, in points. */
const AXIS_WIDTH = 22;
/** Height of one band of the scale (one scale step), in points. */
export const TREND_BAND = 26;
const GRID = '#d9d9d9';
const AXIS = '#6e7079';

const yOf = (value: number) => (5.5 - value) * TREND_BAND;

/** The lines and points of every series, over the grid, `width` points wide. */
function chartVectors(block: TrendBlock, width: number): Content[] {
  const step = width / block.rounds.length;
  const xOf = (i: number) => (i + 0.5) * step;
  const grid = [1, 2, 3, 4, 5].map((v): Content => ({ type: 'line', x1: 0, y1: yOf(v), x2: width, y2: yOf(v), lineWidth: 0.5, lineColor: GRID }));
  const axis: Content = { type: 'line', x1: 0, y1: 0, x2: 0, y2: 5 * TREND_BAND, lineWidth: 0.8, lineColor: AXIS };
  const series = block.series.flatMap((s, i): Content[] => {
    const style = trendStyle(i);
    const runs: { x: number; y: number }[][] = [[]];
    s.values.forEach((v, r) => (v === null ? runs.push([]) : runs[runs.length - 1]!.push({ x: xOf(r), y: yOf(v) })));
    const lines = runs.filter((run) => run.length >= 2).map((points): Content => ({
      type: 'polyline', points, lineWidth: 2, lineColor: style.colour, ...(style.dash ? { dash: { length: style.dash[0], space: style.dash[1] } } : {}),
    }));
    const dots = runs.flat().map((p): Content => ({ type: 'ellipse', x: p.x, y: p.y, r1: 3, r2: 3, color: style.colour }));
    return [...lines, ...dots];
  });
  return [...grid, axis, ...series];
}

function chart(block: TrendBlock, contentWidth: number): Content {
  const width = contentWidth - AXIS_WIDTH;
  const band = (v: number, first: boolean): TableCell[] => [
    { text: String(v), fontSize: 8.5, color: AXIS, alignment: 'right', margin: [0, (TREND_BAND - 10) / 2, 4, 0] },
    first ? { canvas: chartVectors(block, width), rowSpan: 5 } : '',
  ];
  const rounds: TableCell = {
    columns: block.rounds.map((r) => ({ stack: [{ text: r.label, fontSize: 8.5 }, ...(r.date ? [{ text: r.date, fontSize: 7.5, color: AXIS }] : [])], width: width / block.rounds.length, alignment: 'center' })),
    columnGap: 0,
    margin: [0, 3, 0, 0],
  };
  return {
    table: { widths: [AXIS_WIDTH, width], heights: [TREND_BAND, TREND_BAND, TREND_BAND, TREND_BAND, TREND_BAND, 'auto'], dontBreakRows: true, body: [...[5, 4, 3, 2, 1].map((v, i) => band(v, i === 0)), ['', rounds]] },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
    unbreakable: true,
  };
}

/** The series as one wrapping line of text: a coloured dash glyph and the theme's name each. */
function legend(block: TrendBlock): Content {
  const runs = block.series.flatMap((s, i) => [
    { text: `${i ? '     ' : ''}━━\u00a0`, color: trendStyle(i).colour, fontSize: 10 },
    { text: s.label.replaceAll(' ', '\u00a0'), fontSize: 9 },
  ]);
  return { text: runs, margin: [AXIS_WIDTH, 4, 0, 8] };
}

function valuesTable(block: TrendBlock, locale: Locale): Content {
  const labels = renderLabels(locale);
  const header: TableCell[] = [
    { text: labels.theme, style: 'th' },
    ...block.rounds.map((r): TableCell => ({ text: r.date ? `${r.label}\n${r.date}` : r.label, style: 'th', alignment: 'center' })),
    { text: labels.change, style: 'th', alignment: 'center' },
  ];
  const body = block.series.map((s): TableCell[] => [
    { text: s.label },
    ...s.values.map((v): TableCell => (v === null ? { text: '–', color: '#666666', alignment: 'center' } : { text: formatMean(v, locale), alignment: 'center' })),
    { text: trendChange(s.values, locale), alignment: 'center', bold: true },
  ]);
  return { table: { headerRows: 1, widths: ['*', ...block.rounds.map(() => 'auto'), 'auto'], body: [header, ...body], keepWithHeaderRows: 1 }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 6] };
}

/** A trend block in the PDF: from three rounds a chart with its legend, then the table of means and the note. */
export function pdfTrend(block: TrendBlock, locale: Locale, title: Content[], contentWidth: number): Content[] {
  return [
    ...title,
    ...(drawsTrendChart(block) ? [chart(block, contentWidth), legend(block)] : []),
    valuesTable(block, locale),
    ...(block.note ? [{ text: block.note, style: 'small', margin: [0, 0, 0, 10] } as Content] : []),
  ];
}
