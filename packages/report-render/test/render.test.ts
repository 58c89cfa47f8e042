import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { runReport, type ReportDocument } from '@spejl/plugin-sdk';
import { fixtureView } from '@spejl/plugin-testing';
import { findReport, findTheme } from '@spejl/plugin-registry';
import { HTML_REPORT_CSP, renderHtml, renderPdf } from '../src/index.ts';

const themes = [findTheme('borgerorientering')!];
const leader = (locale: 'da' | 'en' = 'da') => runReport(findReport('leader')!, fixtureView(themes, 'published', locale), {});
const chain = runReport(findReport('chain')!, fixtureView(themes, 'chain'), {});

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(proxy, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

/** Every text of a document that a reader must find in the PDF, ignoring what wraps across lines. */
function shortTexts(document: ReportDocument): string[] {
  return [document.title, ...(document.subtitle ? [document.subtitle] : [])];
}

describe('the PDF renderer', () => {
  it('writes a leader report whose Danish letters come back out of the PDF', async () => {
    const document = leader();
    const pdf = await renderPdf(document);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfText(pdf);
    for (const t of shortTexts(document)) expect(text).toContain(t);
    expect(text).toContain('Borgerorientering');
    expect(text).toMatch(/[æøå]/);
    expect(text).toContain('Hverken enig eller uenig');
    expect(text).toContain('Ved ikke');
    expect(text).toMatch(/\d,\d/);
  });

  it('prints withheld figures as hidden, never as numbers', async () => {
    const document = runReport(findReport('leader')!, fixtureView(themes, 'employees-suppressed'), {});
    const { text } = await pdfText(await renderPdf(document));
    expect(text).toContain('skjult');
  });

  it('puts many reports into one PDF, each from a new page', async () => {
    const one = await pdfText(await renderPdf(leader()));
    const both = await pdfText(await renderPdf([leader(), chain]));
    expect(both.pages).toBeGreaterThan(one.pages);
    expect(both.text).toContain(chain.title);
  });

  it('writes English reports with English scale labels', async () => {
    const { text } = await pdfText(await renderPdf(leader('en')));
    expect(text).toContain('Strongly agree');
  });
});

describe('the HTML renderer', () => {
  it('makes a standalone page with the chart inline and the text escaped', () => {
    const document = { ...leader(), title: 'Mads <b>Bæk</b>' };
    const html = renderHtml(document);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('Mads &lt;b&gt;Bæk&lt;/b&gt;');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('carries a Content-Security-Policy that forbids every script, first in its head', () => {
    const html = renderHtml(leader());
    expect(html).toContain(`<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`);
    const policy = new Map(HTML_REPORT_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('colours a chain heatmap and marks withheld cells', () => {
    const html = renderHtml(chain);
    expect(html).toContain('class="heatmap"');
    expect(html).toContain('class="withheld"');
    expect(html).toMatch(/background:#[0-9a-f]{6}/);
  });

  it('heads a table of themes only "Tema" and a table with statements "Udsagn"', () => {
    expect(renderHtml(chain)).toContain('<th scope="col">Tema</th>');
    expect(renderHtml(leader())).toContain('<th scope="col">Udsagn</th>');
  });
});
