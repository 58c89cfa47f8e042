import type { Locale, TrendBlock } from '@spejl/plugin-sdk';
import { drawsTrendChart, trendChange, trendChartHeight, trendChartOption, trendStyle } from '../charts/trend-chart.ts';
import { formatMean, renderLabels } from '../labels.ts';
import { chartSvg } from '../svg-chart.ts';
import { escapeHtml as e } from './escape-html.ts';

/** The series' colours and dashes as wrapping HTML text under the chart (the browser measures the labels). */
function legendHtml(block: TrendBlock): string {
  const items = block.series.map((s, i) => {
    const style = trendStyle(i);
    const dash = style.dash ? ` stroke-dasharray="${style.dash.join(' ')}"` : '';
    return `<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="${style.colour}" stroke-width="2.5"${dash}/></svg> ${e(s.label)}</li>`;
  });
  return `<ul class="legend" style="list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:4px 0 0;font-size:0.85rem">${items.join('')}</ul>`;
}

/** A trend block as HTML: a line chart from three rounds on, always a table of the means and the change. */
export function htmlTrend(block: TrendBlock, locale: Locale): string {
  const labels = renderLabels(locale);
  const chart = drawsTrendChart(block)
    ? `<figure class="chart trend">${chartSvg(trendChartOption(block, { legend: false }), 720, trendChartHeight({ legend: false }))}${legendHtml(block)}</figure>`
    : '';
  const head = block.rounds.map((r) => `<th scope="col">${e(r.label)}${r.date ? `<br><span class="date">${e(r.date)}</span>` : ''}</th>`).join('');
  const rows = block.series.map((s) => `<tr><th scope="row">${e(s.label)}</th>${s.values.map((v) => (v === null ? '<td class="withheld">–</td>' : `<td class="num">${formatMean(v, locale)}</td>`)).join('')}<td class="num">${trendChange(s.values, locale)}</td></tr>`).join('');
  return `${block.title ? `<h4>${e(block.title)}</h4>` : ''}${chart}<table class="trend"><thead><tr><th scope="col">${labels.theme}</th>${head}<th scope="col">${labels.change}</th></tr></thead><tbody>${rows}</tbody></table>${block.note ? `<p class="small">${e(block.note)}</p>` : ''}`;
}
