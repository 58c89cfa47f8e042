import type { ReportDocument } from '@spejl/plugin-sdk';
// The PDF renderer alone: a thread has no use for the HTML renderer's ECharts.
import { renderPdf } from '@spejl/report-render/pdf';

/** What a PDF thread answers: the PDF, or why the document could not be rendered (a thread that dies answers nothing). */
export type PdfTaskResult = { readonly bytes: Uint8Array } | { readonly error: string };

/**
 * Renders one report document in a PDF thread. A failure to render is answered, not thrown, so the
 * pool tells it apart from a thread that crashed (which is worth one more try on a fresh thread).
 */
export default async function renderInThread(document: ReportDocument): Promise<PdfTaskResult> {
  try {
    return { bytes: await renderPdf(document) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
