import type { DistributionBlock, Locale } from '@spejl/plugin-sdk';
import type { Content, TableCell } from './pdfmake-types.ts';
import { ANSWER_COLOURS, distributionBars, distributionLegendItems, type DistributionBar } from '../charts/distribution-chart.ts';

/*
 * The PDF draws a distribution chart itself rather than through ECharts' SVG: its labels are
 * pdfmake text, measured with the font the PDF embeds and wrapped inside their column (ECharts
 * guesses text widths on a server, so long labels ran past the page's edge or were cut with "…"),
 * and its bars are a few rectangles, not an SVG document parsed three times per chart (which was
 * half the time of a leader's PDF).
 */

/** Width of the labels' column, in points; a longer label wraps onto more lines. */
export const LABEL_WIDTH = 185;
const GAP = 8;
/** Room right of the bars, so the axis's "100 %" stays inside the page. */
const RIGHT = 12;
/** Fits a label of two lines, so the grid lines run on unbroken through them. */
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;
const GRID = '#e0e0e0';
const AXIS = '#6e7079';

/** The bar and grid lines of one row, as pdfmake vectors `width` points wide. */
function barVectors(bar: DistributionBar, width: number): Content[] {
  const grid = [0, 1, 2, 3, 4, 5].map((i): Content => ({ type: 'line', x1: (i * width) / 5, y1: 0, x2: (i * width) / 5, y2: ROW_HEIGHT, lineWidth: 0.5, lineColor: GRID }));
  let x = 0;
  const rects = (bar.shares ?? []).flatMap((share, v): Content[] => {
    const w = (share / 100) * width;
    x += w;
    return w > 0 ? [{ type: 'rect', x: x - w, y: (ROW_HEIGHT - BAR_HEIGHT) / 2, w, h: BAR_HEIGHT, color: ANSWER_COLOURS[v] }] : [];
  });
  const axis: Content = { type: 'line', x1: 0, y1: 0, x2: 0, y2: ROW_HEIGHT, lineWidth: 0.8, lineColor: AXIS };
  return [...grid, ...rects, axis];
}

/** The axis's percentages above the bars (repeated on each page a long chart runs onto): 0 % at the left edge, 100 % at the right, the others centred on their grid line. */
function axisLabels(width: number): Content {
  const tick = (i: number): Content => ({
    text: `${i * 20} %`,
    width: i === 0 || i === 5 ? width / 10 : width / 5,
    alignment: i === 0 ? 'left' : i === 5 ? 'right' : 'center',
  });
  return { columns: [0, 1, 2, 3, 4, 5].map(tick), columnGap: 0, fontSize: 8.5, color: AXIS, margin: [0, 0, 0, 2] };
}

/** The chart as a table: wrapped labels on the left, stacked bars of the answers' shares on the right. */
function chartTable(block: DistributionBlock, locale: Locale, contentWidth: number): Content {
  const width = contentWidth - LABEL_WIDTH - GAP - RIGHT;
  const rows = distributionBars(block, locale).map((bar): TableCell[] => [
    { text: bar.label, alignment: 'right', fontSize: 9, color: '#444444', lineHeight: 1.05, verticalAlignment: 'middle' },
    { canvas: barVectors(bar, width), verticalAlignment: 'middle' },
  ]);
  return {
    table: { widths: [LABEL_WIDTH, width], headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, body: [['', axisLabels(width)], ...rows] },
    layout: {
      hLineWidth: () => 0, vLineWidth: () => 0,
      paddingLeft: (i: number) => (i === 1 ? GAP : 0), paddingRight: (i: number) => (i === 1 ? RIGHT : 0),
      paddingTop: () => 0, paddingBottom: () => 0,
    },
  };
}

/**
 * The answer colours as one wrapping line of text (a square glyph per colour), measured by pdfmake with the
 * real font; no-break spaces keep each square with its whole label, so lines wrap only between entries.
 */
function legend(locale: Locale): Content {
  const runs = distributionLegendItems(locale).flatMap(({ name, colour }, i) => [
    { text: `${i ? '    ' : ''}■\u00a0`, color: colour, fontSize: 11 },
    { text: name.replaceAll(' ', '\u00a0'), fontSize: 8.5 },
  ]);
  return { text: runs, margin: [16, 2, 0, 12] };
}

/** A distribution block in the PDF: its title, the chart and the colours' legend. */
export function pdfDistribution(block: DistributionBlock, locale: Locale, title: Content[], contentWidth: number): Content[] {
  return [...title, chartTable(block, locale, contentWidth), legend(locale)];
}
