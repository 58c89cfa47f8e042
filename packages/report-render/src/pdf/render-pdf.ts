import type { ReportDocument } from '@spejl/plugin-sdk';
import type { Content, DocumentDefinition } from './pdfmake-types.ts';
import { renderLabels } from '../labels.ts';
import { pdfmake } from './pdfmake-instance.ts';
import { strandedHeading } from './page-breaks.ts';
import { pdfFlow } from './keep-with-heading.ts';
import { HATCH_PATTERN } from './pdf-heatmap.ts';

// No italics anywhere: each embedded font variant costs tens of milliseconds per PDF, and grey reads as clearly.
const STYLES: DocumentDefinition['styles'] = {
  title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 11, color: '#555555', margin: [0, 0, 0, 14] },
  h1: { fontSize: 15, bold: true, margin: [0, 14, 0, 6] },
  h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 5] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  body: { fontSize: 10, lineHeight: 1.25, margin: [0, 0, 0, 6] },
  lead: { fontSize: 11, lineHeight: 1.3, margin: [0, 0, 0, 10] },
  small: { fontSize: 8.5, color: '#444444', margin: [0, 0, 0, 6] },
  caption: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 3] },
  th: { bold: true, fontSize: 9 },
  pageNumber: { alignment: 'center', fontSize: 8, color: '#777777' },
};

/** The pdfmake definition of a report document: A4, DejaVu Sans, page numbers in the footer. */
export function pdfDefinition(document: ReportDocument, options: { pageBreakBefore?: boolean } = {}): Content[] {
  return [
    { text: document.title, style: 'title', ...(options.pageBreakBefore ? { pageBreak: 'before' as const } : {}) },
    ...(document.subtitle ? [{ text: document.subtitle, style: 'subtitle' } as Content] : []),
    ...pdfFlow(document.blocks, document.locale),
    { text: renderLabels(document.locale).withheldLegend, style: 'small', margin: [0, 12, 0, 0] },
  ];
}

/** Renders report documents into one PDF, each starting on a new page (one leader, or all of a round). */
export async function renderPdf(documents: ReportDocument | readonly ReportDocument[], info: { title?: string } = {}): Promise<Buffer> {
  const list = Array.isArray(documents) ? documents : [documents as ReportDocument];
  const first = list[0];
  const definition: DocumentDefinition = {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    info: { title: info.title ?? first?.title ?? 'Spejl', creator: 'Spejl' },
    defaultStyle: { font: 'DejaVuSans', fontSize: 10 },
    styles: STYLES,
    patterns: HATCH_PATTERN,
    footer: (page, pages) => ({ text: `${page} / ${pages}`, style: 'pageNumber' }),
    pageBreakBefore: strandedHeading,
    content: list.flatMap((d, i) => pdfDefinition(d, { pageBreakBefore: i > 0 })),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
