import type { ReportDocument } from '@spejl/plugin-sdk';
import { renderLabels } from '../labels.ts';
import { escapeHtml, htmlBlock } from './html-blocks.ts';
import { HEATMAP_CSS } from './html-heatmap.ts';

const CSS = `
body{font-family:"DejaVu Sans",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}.subtitle{color:#555;margin-top:0}
h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.1rem}
p.lead{font-size:1.05rem}p.small{font-size:.85rem;color:#444}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-style:italic;padding:.2rem 0}
th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left}td.num{text-align:center}
tr.theme th{font-weight:bold}tr.item th{font-weight:normal;padding-left:1.2rem}
td.withheld{color:#555;font-style:italic;text-align:center}
.notice{padding:.6rem .8rem;border-radius:4px}.notice.info{background:#e8f1fb}.notice.warning{background:#fff4e0}
ul.comments{list-style:none;padding:0}ul.comments blockquote{margin:.3rem 0 .5rem;padding:.3rem .8rem;border-left:3px solid #c9d6e2;white-space:pre-wrap}h4 .group{font-weight:normal;color:#555}
figure.chart{margin:0}figure.chart svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}}
`;

/**
 * The policy every HTML report carries in its own <meta>, as it is opened from a download or a
 * mail where no server sends headers: no script at all, nothing fetched, only its inline CSS and
 * data: images; a name that ever slipped past escaping still could not run or send anything.
 */
export const HTML_REPORT_CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A report document as one standalone HTML page (inline CSS and SVG, nothing fetched), for export and mail. */
export function renderHtml(document: ReportDocument): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${document.locale}">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(document.title)}</title><style>${CSS}${HEATMAP_CSS}</style></head>
<body><main>
<h1>${e(document.title)}</h1>${document.subtitle ? `<p class="subtitle">${e(document.subtitle)}</p>` : ''}
${document.blocks.map((b) => htmlBlock(b, document.locale)).join('\n')}
<p class="small">${e(renderLabels(document.locale).withheldLegend)}</p>
</main></body>
</html>
`;
}
