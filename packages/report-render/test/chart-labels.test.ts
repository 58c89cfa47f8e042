import { describe, expect, it } from 'vitest';
import { getDocumentProxy } from 'unpdf';
import { runReport, type DistributionBlock, type ReportBlock, type ReportDocument } from '@spejl/plugin-sdk';
import { fixtureView } from '@spejl/plugin-testing';
import { findReport, findTheme } from '@spejl/plugin-registry';
import { distributionBars } from '../src/charts/index.ts';
import { renderPdf } from '../src/index.ts';

// The page's printable box: A4 (595 pt wide) less the document's 40 pt margins.
const LEFT = 40;
const RIGHT = 555;

const themes = [findTheme('borgerorientering')!, findTheme('faglig-ledelse')!];
const distributions = (blocks: readonly ReportBlock[]): DistributionBlock[] =>
  blocks.flatMap((b) => (b.type === 'section' ? distributions(b.blocks) : b.type === 'distribution' ? [b] : []));

/** The longest labels a leader report has: every statement of both themes for every role, some withheld, and two longer than any theme has today. */
function longLabels(locale: 'da' | 'en'): ReportDocument {
  const report = runReport(findReport('leader')!, fixtureView(themes, 'employees-suppressed', locale), {});
  const rows = distributions(report.blocks).flatMap((b) => b.rows);
  const longest: DistributionBlock['rows'][number][] = [
    { label: 'Lederen sikrer, at medarbejderne har de faglige kompetencer, som opgaverne kræver – Overordnet leder', role: 'superior', result: { suppressed: false, counts: [1, 2, 3, 4, 5], dontKnow: 1 } },
    { label: 'Medarbejderinddragelsesprocesserne i hverdagens opgaveløsning – Leder selv', role: 'self', result: { suppressed: true, reason: 'complementary' } },
  ];
  return { title: 'Lange etiketter', locale, blocks: [{ type: 'distribution', title: 'Fordeling af svar', rows: [...rows, ...longest] }] };
}

/** Every run of text the PDF draws, with where it starts and how wide it is, in points. */
async function textRuns(pdf: Uint8Array): Promise<{ str: string; x: number; width: number }[]> {
  const proxy = await getDocumentProxy(pdf);
  const runs: { str: string; x: number; width: number }[] = [];
  for (let p = 1; p <= proxy.numPages; p++) {
    const { items } = await (await proxy.getPage(p)).getTextContent();
    for (const item of items) if ('str' in item && item.str.trim()) runs.push({ str: item.str, x: item.transform[4] as number, width: item.width });
  }
  return runs;
}

describe.each(['da', 'en'] as const)('distribution chart labels in a %s PDF', (locale) => {
  it('prints every label whole, wrapped inside the page rather than cut or run past its edge', async () => {
    const document = longLabels(locale);
    const runs = await textRuns(new Uint8Array(await renderPdf(document)));
    const outside = runs.filter((r) => r.x < LEFT - 0.5 || r.x + r.width > RIGHT + 0.5).map((r) => `${r.str} (${r.x.toFixed(1)}–${(r.x + r.width).toFixed(1)} pt)`);
    expect(outside, 'text drawn outside the printable box').toEqual([]);
    const text = runs.map((r) => r.str).join(' ').replace(/\s+/g, ' ');
    const labels = distributions(document.blocks).flatMap((b) => distributionBars(b, locale)).map((bar) => bar.label);
    expect(labels.some((l) => l.endsWith(locale === 'da' ? '(skjult)' : '(hidden)'))).toBe(true);
    for (const label of labels) expect(text, label).toContain(label);
    expect(text).not.toMatch(/…|\.\.\./);
  });
});

describe('the PDF renderer across documents', () => {
  it('makes the same PDF of a document however many were made before it (fonts parsed and words shaped once are not changed by use)', async () => {
    const unstamped = (pdf: Buffer) => pdf.toString('latin1').replace(/\(D:\d+Z\)/g, '').replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '');
    const document = runReport(findReport('leader')!, fixtureView(themes, 'published', 'da'), {});
    const first = await renderPdf(document);
    await renderPdf([longLabels('da'), longLabels('en')]);
    expect(unstamped(await renderPdf(document))).toBe(unstamped(first));
  });
});
