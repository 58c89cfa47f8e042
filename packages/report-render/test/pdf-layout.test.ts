import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { runReport, type DistributionBlock, type ScoreTableBlock } from '@spejl/plugin-sdk';
import { fixtureView } from '@spejl/plugin-testing';
import { findReport, findTheme } from '@spejl/plugin-registry';
import { renderPdf } from '../src/index.ts';
import { strandedHeading } from '../src/pdf/page-breaks.ts';
import { pdfBlock } from '../src/pdf/pdf-blocks.ts';
import type { PageNode } from '../src/pdf/pdfmake-types.ts';

const themes = [findTheme('borgerorientering')!, findTheme('faglig-ledelse')!];
const leader = runReport(findReport('leader')!, fixtureView(themes, 'published', 'da'), {});
const distribution = leader.blocks.flatMap((b) => (b.type === 'section' ? b.blocks : [b])).find((b): b is DistributionBlock => b.type === 'distribution')!;
const queries = (following: PageNode[], next: PageNode[]) => ({ getFollowingNodesOnPage: () => following, getNodesOnNextPage: () => next, getPreviousNodesOnPage: () => [] });
const footer: PageNode = { style: 'pageNumber', pageNumbers: [1] };
const text: PageNode = { pageNumbers: [2] };

describe('PDF layout', () => {
  it('draws the distribution chart and its legend as text pdfmake measures, each legend label kept whole', () => {
    const [table, legend] = pdfBlock({ ...distribution, title: undefined } as DistributionBlock, 'da') as [{ table: { body: unknown[][] } }, { text: { text: string }[] }];
    expect(JSON.stringify(table)).not.toContain('svg');
    expect(table.table.body).toHaveLength(distribution.rows.length + 1);
    const labels = legend.text.map((r) => r.text).join('');
    expect(labels).toContain('Hverken\u00a0enig\u00a0eller\u00a0uenig');
    expect(labels).toContain('Ved\u00a0ikke');
  });

  it('sizes score-table columns to their headers, so "Medarbejdere" is not broken inside the word', () => {
    const table = leader.blocks.flatMap((b) => (b.type === 'section' ? b.blocks : [b])).find((b): b is ScoreTableBlock => b.type === 'scoreTable')!;
    const [content] = pdfBlock(table, 'da') as [{ table: { widths: unknown[] } }];
    expect(content.table.widths).toEqual(['*', ...table.columns.map(() => 'auto')]);
  });

  it('moves a heading that would end a page to the next one, and leaves other nodes alone', () => {
    expect(strandedHeading({ headlineLevel: 3, pageNumbers: [1] }, queries([footer], [text]))).toBe(true);
    expect(strandedHeading({ headlineLevel: 1, pageNumbers: [1] }, queries([{ headlineLevel: 3, pageNumbers: [1] }, footer], [text]))).toBe(true);
    expect(strandedHeading({ headlineLevel: 3, pageNumbers: [1] }, queries([{ pageNumbers: [1] }, footer], [text]))).toBe(false);
    expect(strandedHeading({ pageNumbers: [1] }, queries([footer], [text]))).toBe(false);
    expect(strandedHeading({ headlineLevel: 3, pageNumbers: [1] }, queries([footer], []))).toBe(false);
  });

  it('prints the distribution heading on the page of its chart', async () => {
    const proxy = await getDocumentProxy(new Uint8Array(await renderPdf(leader)));
    const { text: pages } = await extractText(proxy, { mergePages: false });
    const withHeading = pages.filter((p) => p.includes('Fordeling af svar'));
    expect(withHeading.length).toBeGreaterThan(0);
    for (const page of withHeading) expect(page.split('Fordeling af svar').at(-1)).toContain('Helt uenig');
  });
});
