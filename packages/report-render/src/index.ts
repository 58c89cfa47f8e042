// Pure renderers of report documents: the same document the console shows, as PDF or standalone HTML.
export { renderPdf, pdfDefinition } from './pdf/render-pdf.ts';
export { renderHtml, HTML_REPORT_CSP } from './html/render-html.ts';
export { escapeHtml } from './html/html-blocks.ts';
export { chartSvg } from './svg-chart.ts';
export * from './charts/index.ts';
