import type { HeatmapBlock, Locale } from '@spejl/plugin-sdk';
import { centreLine, heatCellView, heatLegendView, type HeatLegendView } from '../heatmap/index.ts';
import { renderLabels } from '../labels.ts';
import { escapeHtml as e } from './escape-html.ts';

/** Diagonal grey lines: the hidden cell's hatching, as CSS (the report's CSP allows inline styles). */
export function hatchCss(fill: string, stripe: string): string {
  return `background:repeating-linear-gradient(135deg,${fill} 0 4px,${stripe} 4px 5px)`;
}

function cellHtml(block: HeatmapBlock, column: number, cell: HeatmapBlock['rows'][number]['cells'][number], locale: Locale): string {
  const labels = renderLabels(locale);
  const view = heatCellView(block, column, cell, locale);
  switch (view.state) {
    case 'empty':
      return '<td></td>';
    case 'withheld':
      return `<td class="withheld" style="${hatchCss(view.fill, view.stripe)};color:${view.ink}" title="${e(labels.reasons[view.reason])}">${labels.withheld}</td>`;
    case 'score': {
      const title = [labels.answers(view.n), view.difference].filter(Boolean).join(' · ');
      return `<td class="num" style="background:${view.fill};color:${view.ink}" title="${e(title)}">${view.text}</td>`;
    }
  }
}

function legendHtml(legend: HeatLegendView): string {
  const swatch = (style: string, text: string) => `<li style="${style}">${e(text)}</li>`;
  const steps = legend.steps.map((s) => swatch(`background:${s.fill};color:${s.ink}`, s.range)).join('');
  return `<figure class="heat-legend"><figcaption>${e(legend.texts.title)}</figcaption><p class="small">${e(legend.texts.values)}</p>`
    + `<div class="heat-strip"><div><ul class="heat-steps">${steps}</ul><p class="heat-ends"><span>◀ ${e(legend.texts.below)}</span><span>${e(legend.texts.above)} ▶</span></p></div>`
    + `<ul class="heat-steps">${swatch(`${hatchCss(legend.withheld.fill, legend.withheld.stripe)};color:${legend.withheld.ink}`, legend.withheld.label)}</ul></div>`
    + `<p class="small">${e(centreLine(legend))}</p><p class="small">${e(legend.texts.suppressed)}</p></figure>`;
}

/** A heatmap as an HTML table with its legend before it; units indented by depth. */
export function htmlHeatmap(block: HeatmapBlock, locale: Locale): string {
  const legend = heatLegendView(block, locale, renderLabels(locale));
  const head = `<thead><tr><td></td>${block.columns.map((c) => `<th scope="col">${e(c.label)}</th>`).join('')}</tr></thead>`;
  const rows = block.rows.map((r) => `<tr${r.kind ? ` class="${r.kind}"` : ''}><th scope="row" style="padding-left:${0.5 + (r.depth ?? 0)}em">${e(r.label)}</th>${r.cells.map((c, i) => cellHtml(block, i, c, locale)).join('')}</tr>`);
  return `${legend ? legendHtml(legend) : ''}<table class="heatmap">${head}<tbody>${rows.join('')}</tbody></table>`;
}

/** The heatmap's CSS for the standalone page: colours kept in print. */
export const HEATMAP_CSS = `
table.heatmap{-webkit-print-color-adjust:exact;print-color-adjust:exact}table.heatmap td{text-align:center}
table.heatmap th[scope=row]{font-weight:normal}table.heatmap tr.total th{font-weight:bold}
.heat-legend{margin:.5rem 0;-webkit-print-color-adjust:exact;print-color-adjust:exact}.heat-legend figcaption{font-weight:bold;font-size:.95rem}
.heat-strip{display:flex;gap:.8rem;align-items:flex-start;flex-wrap:wrap}
.heat-steps{list-style:none;display:flex;padding:0;margin:0}.heat-steps li{min-width:4.2rem;padding:.2rem .3rem;text-align:center;font-size:.75rem;border:1px solid #8c8c8c}.heat-steps li+li{border-left:0}
.heat-ends{display:flex;justify-content:space-between;font-size:.8rem;color:#444;margin:.1rem 0 0}
`;
