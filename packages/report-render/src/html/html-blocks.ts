import type { Cell, Locale, ReportBlock } from '@spejl/plugin-sdk';
import { distributionChartHeight, distributionChartOption, distributionLegendItems } from '../charts/distribution-chart.ts';
import { firstColumnLabel, formatGap, formatMean, formatRate, renderLabels } from '../labels.ts';
import { chartSvg } from '../svg-chart.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlHeatmap } from './html-heatmap.ts';
import { htmlTrend } from './html-trend.ts';

export { escapeHtml };

function cellHtml(cell: Cell | undefined, locale: Locale): string {
  if (!cell) return '<td></td>';
  const labels = renderLabels(locale);
  if (cell.suppressed) return `<td class="withheld" title="${escapeHtml(labels.reasons[cell.reason])}">${labels.withheld}</td>`;
  return `<td class="num" title="${escapeHtml(labels.answers(cell.n))}">${formatMean(cell.mean, locale)}</td>`;
}

const title = (text: string | undefined, level = 3) => (text ? `<h${level}>${escapeHtml(text)}</h${level}>` : '');

/** The answer colours as wrapping HTML text, so the browser measures the labels (an SVG legend guesses their width). */
function legendHtml(locale: Locale): string {
  const items = distributionLegendItems(locale).map(({ name, colour }) => `<li><span aria-hidden="true" style="display:inline-block;width:12px;height:10px;margin-right:4px;background:${colour}"></span>${escapeHtml(name)}</li>`);
  return `<ul class="legend" style="list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:4px 0 0;font-size:0.8rem">${items.join('')}</ul>`;
}

/** One report block as HTML; charts are inline SVG rendered on the server. */
export function htmlBlock(block: ReportBlock, locale: Locale): string {
  const labels = renderLabels(locale);
  const e = escapeHtml;
  switch (block.type) {
    case 'heading':
      return `<h${block.level + 1}>${e(block.text)}</h${block.level + 1}>`;
    case 'text':
      return `<p class="${block.style ?? 'body'}">${e(block.text)}</p>`;
    case 'section':
      return `<section>${title(block.title, 3)}${block.blocks.map((b) => htmlBlock(b, locale)).join('')}</section>`;
    case 'scoreTable':
      return `<table>${block.caption ? `<caption>${e(block.caption)}</caption>` : ''}<thead><tr><th scope="col">${firstColumnLabel(labels, block.rows)}</th>${block.columns.map((c) => `<th scope="col">${e(c.label)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((r) => `<tr class="${r.kind}"><th scope="row">${e(r.label)}</th>${block.columns.map((c) => cellHtml(r.cells[c.role], locale)).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'distribution':
      return `${title(block.title)}<figure class="chart">${chartSvg(distributionChartOption(block, locale, { legend: false }), 720, distributionChartHeight(block, { legend: false }))}${legendHtml(locale)}</figure>`;
    case 'gap':
      return `${title(block.title)}<table><thead><tr>${[labels.statement, labels.self, labels.others, labels.gap, ''].map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((r) => (r.suppressed
          ? `<tr><th scope="row">${e(r.label)}</th><td colspan="4" class="withheld">${e(labels.reasons[r.reason])}</td></tr>`
          : `<tr class="${r.reading}"><th scope="row">${e(r.label)}</th><td class="num">${formatMean(r.self, locale)}</td><td class="num">${formatMean(r.other, locale)}</td><td class="num">${formatGap(r.gap, locale)}</td><td>${labels.readings[r.reading]}</td></tr>`))
        .join('')}</tbody></table>`;
    case 'heatmap':
      return `${title(block.title)}${htmlHeatmap(block, locale)}`;
    case 'responseRates':
      return `${title(block.title)}<table><thead><tr>${[labels.group, labels.answered, labels.invited, labels.rate].map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((r) => `<tr><th scope="row">${e(r.label)}</th><td class="num">${r.answered}</td><td class="num">${r.invited}</td><td class="num">${formatRate(r.answered, r.invited)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'reflectionQuestions':
      return `${title(block.title)}${block.intro ? `<p>${e(block.intro)}</p>` : ''}<ul>${block.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ul>`;
    case 'cases':
      return `${title(block.title)}${block.intro ? `<p>${e(block.intro)}</p>` : ''}${block.cases.map((c) => `<article><h4>${e(c.title)}</h4>${c.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}</article>`).join('')}`;
    case 'comments':
      return `<h4>${e(block.question)} <span class="group">(${e(block.group)})</span></h4><ul class="comments">${block.comments.map((c) => `<li><blockquote>${e(c)}</blockquote></li>`).join('')}</ul>`;
    case 'trend':
      return htmlTrend(block, locale);
    case 'notice':
      return `<p class="notice ${block.tone}" role="note">${e(block.text)}</p>`;
  }
}
