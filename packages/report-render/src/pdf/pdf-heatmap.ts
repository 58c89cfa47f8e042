import type { HeatmapBlock, Locale } from '@spejl/plugin-sdk';
import type { Content, TableCell } from './pdfmake-types.ts';
import { centreLine, heatCellView, heatLegendView, type HeatLegendView } from '../heatmap/index.ts';
import { renderLabels } from '../labels.ts';

/** The pdfmake tiling pattern a hidden cell is hatched with (diagonal lines; its colour is given per use). */
export const HATCH_PATTERN = { hatch: { boundingBox: [1, 1, 4, 4], xStep: 3, yStep: 3, pattern: '0.6 w 0 1 m 4 5 l s 2 0 m 5 3 l s' } } as const;

const hatched = (stripe: string) => ['hatch', stripe] as const;

function cellContent(block: HeatmapBlock, column: number, locale: Locale, cell: HeatmapBlock['rows'][number]['cells'][number]): TableCell {
  const view = heatCellView(block, column, cell, locale);
  switch (view.state) {
    case 'empty':
      return { text: '' };
    case 'withheld':
      // Grey lines on white (pdfmake draws a pattern fill behind the text, so the label stays readable).
      return { text: renderLabels(locale).withheld, color: view.ink, alignment: 'center', fillColor: hatched(view.stripe) };
    case 'score':
      return { text: view.text, color: view.ink, alignment: 'center', fillColor: view.fill };
  }
}

const SWATCH = 50;
const NO_BORDER = [false, false, false, false];

/** Seven coloured steps with their ranges, a gap, the hatched hidden swatch; the two ends named below. */
function legendStrip(legend: HeatLegendView): Content[] {
  const swatch = (fill: unknown, ink: string, text: string, bold = false): TableCell => ({ text, fillColor: fill, color: ink, alignment: 'center', fontSize: 7.5, bold, margin: [0, 2, 0, 2] });
  const steps = legend.steps.map((s, i) => swatch(s.fill, s.ink, s.range, i === 3));
  const half = (legend.steps.length * (SWATCH + 2.5)) / 2;
  return [
    {
      table: { widths: [...legend.steps.map(() => SWATCH), 10, SWATCH], body: [[...steps, { text: '', border: NO_BORDER }, swatch(hatched(legend.withheld.stripe), legend.withheld.ink, legend.withheld.label)]] },
      // A hairline around each swatch, so the white centre reads as a swatch too.
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#8c8c8c', vLineColor: () => '#8c8c8c', paddingLeft: () => 1, paddingRight: () => 1, paddingTop: () => 0, paddingBottom: () => 0 },
      margin: [0, 2, 0, 1],
    },
    {
      columns: [{ text: `◀ ${legend.texts.below}`, width: half }, { text: `${legend.texts.above} ▶`, width: half, alignment: 'right' }],
      fontSize: 8, color: '#444444', margin: [0, 0, 0, 5],
    },
  ];
}

/** The legend above a heatmap: what the numbers are, the steps, each column's centre and why cells are hidden. */
function legendContent(legend: HeatLegendView): Content[] {
  return [
    { text: legend.texts.title, bold: true, fontSize: 9.5, margin: [0, 4, 0, 2] },
    { text: legend.texts.values, style: 'small', margin: [0, 0, 0, 2] },
    ...legendStrip(legend),
    { text: centreLine(legend), style: 'small', margin: [0, 0, 0, 2] },
    { text: legend.texts.suppressed, style: 'small', margin: [0, 0, 0, 6] },
  ];
}

/** A heatmap as a pdfmake table (legend first, so a reader meets it before the colours); units indented by depth. */
export function pdfHeatmap(block: HeatmapBlock, locale: Locale, title: Content[]): Content[] {
  const legend = heatLegendView(block, locale, renderLabels(locale));
  const header: TableCell[] = [{ text: '', style: 'th' }, ...block.columns.map((c): TableCell => ({ text: c.label, style: 'th', alignment: 'center' }))];
  const body = block.rows.map((row): TableCell[] => [
    { text: row.label, margin: [(row.depth ?? 0) * 8, 0, 0, 0], bold: row.depth === 0 || row.kind === 'total' },
    ...row.cells.map((cell, i) => cellContent(block, i, locale, cell)),
  ]);
  return [
    ...title,
    ...(legend ? legendContent(legend) : []),
    { table: { headerRows: 1, widths: ['*', ...block.columns.map(() => 'auto')], body: [header, ...body], keepWithHeaderRows: 1 }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] },
  ];
}
