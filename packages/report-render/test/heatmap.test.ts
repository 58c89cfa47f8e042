import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAT_WITHHELD, heatSteps, runReport, type HeatmapBlock, type ReportDocument, type ReportView } from '@spejl/plugin-sdk';
import { allBlocks, fixtureView } from '@spejl/plugin-testing';
import { findReport, findTheme } from '@spejl/plugin-registry';
import { renderHtml, renderPdf } from '../src/index.ts';
import { formatMean } from '../src/labels.ts';
import { heatCellView, heatLegendView } from '../src/heatmap/index.ts';
import { pdfBlock } from '../src/pdf/pdf-blocks.ts';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

const themes = [findTheme('borgerorientering')!, findTheme('faglig-ledelse')!];
const PALETTE = new Set(heatSteps('mean').map((s) => s.fill));

/** The fixture chain with Ågade Skole well above the organisation on one theme and well below on the other. */
function chainDocument(locale: 'da' | 'en' = 'da', options: object = {}): ReportDocument {
  const view = structuredClone(fixtureView(themes, 'chain', locale)) as Mutable<ReportView>;
  const organisation = view.comparisons[0]!.scores.themes;
  const set = (theme: string, mean: number) => (view.units[0]!.scores.chain.themes[theme]!.theme.employee = { suppressed: false, forms: 8, n: 8, mean, sd: 0.6 });
  const orgMean = (theme: string) => (organisation[theme]!.theme.employee as { mean: number }).mean;
  set('borgerorientering', orgMean('borgerorientering') + 0.7);
  set('faglig-ledelse', orgMean('faglig-ledelse') - 0.45);
  return runReport(findReport('chain')!, view, options);
}
const heatmapOf = (document: ReportDocument) => allBlocks(document).find((b): b is HeatmapBlock => b.type === 'heatmap')!;

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The PDF's text as pdftotext reads it (layout kept, so a legend line stays one line). */
function pdftotext(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'heatmap-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe.skipIf(!hasPdftotext)('the heatmap in the PDF, as pdftotext reads it', () => {
  it('prints the legend before the table: what the numbers are, the steps, the centres, why cells are hidden, in Danish', async () => {
    const document = chainDocument();
    const text = pdftotext(await renderPdf(document));
    const [, chainPart] = text.split('Enheder og temaer');
    expect(chainPart).toBeDefined();
    const legendAt = chainPart!.indexOf('Sådan læses farverne');
    expect(legendAt).toBeGreaterThan(0);
    expect(legendAt).toBeLessThan(chainPart!.indexOf('Ågade Skole (Mads Bæk)'));
    expect(chainPart).toContain('Tallet i cellen er medarbejdernes gennemsnit på skalaen 1–5.');
    expect(chainPart).toMatch(/≤ −0,6 +−0,5 til −0,4 +−0,3 til −0,2 +±0,1 +\+0,2 til \+0,3 +\+0,4 til \+0,5 +≥ \+0,6 +skjult/);
    expect(chainPart).toMatch(/◀ Lavere end hele organisationen +Højere end hele organisationen ▶/);
    const centres = heatmapOf(document).scale!.centres.map((c) => formatMean(c!, 'da'));
    expect(chainPart!.replace(/\s+/g, ' ')).toContain(`Hvid er hele organisationens gennemsnit for temaet: Borgerorientering ${centres[0]} · Faglig ledelse ${centres[1]}.`);
    expect(chainPart!.replace(/\s+/g, ' ')).toContain('Skjult: færre end 5 har svaret, eller tallet kunne sammen med andre viste tal afsløre en mindre gruppes svar. En skjult celle får aldrig en farve.');
    expect(chainPart).toMatch(/Tandplejen \(Lene Holm\) +skjult +skjult/);
  });

  it('prints the legend in English for an English report, and the index when the report shows indexes', async () => {
    const text = pdftotext(await renderPdf(chainDocument('en', { show: 'index' })));
    expect(text).toContain('How to read the colours');
    expect(text).toMatch(/≤ −15 +−14 to −10 +−9 to −5 +±4 +\+5 to \+9 +\+10 to \+14 +≥ \+15 +hidden/);
    expect(text).toMatch(/Lower than the whole organisation +Higher than the whole organisation/);
  });
});

describe('the heatmap in the PDF definition', () => {
  const cells = (document: ReportDocument) => {
    const content = pdfBlock(heatmapOf(document), 'da') as { table?: { body: { text?: string; fillColor?: unknown; color?: string }[][] } }[];
    return content.at(-1)!.table!.body.slice(1);
  };

  it('fills each published cell with its step on the scale and hatches the hidden ones, never in a scale colour', () => {
    const rows = cells(chainDocument());
    const [agade, tandplejen] = [rows[1]!, rows[2]!];
    expect(agade[1]).toMatchObject({ fillColor: '#2166ac', color: '#ffffff' });
    expect(agade[2]).toMatchObject({ fillColor: '#f1a340', color: '#1a1a1a' });
    expect(tandplejen[1]).toMatchObject({ text: 'skjult', fillColor: ['hatch', HEAT_WITHHELD.stripe], color: HEAT_WITHHELD.ink });
    for (const row of rows) for (const cell of row.slice(1)) if (cell.text === 'skjult') expect(PALETTE.has(String(cell.fillColor))).toBe(false);
  });

  it('draws a heatmap without a scale (SDK 1.0, as the leader report sends it) as before: old colours, no legend', () => {
    const leader = runReport(findReport('leader')!, fixtureView(themes, 'published'), {});
    const old = heatmapOf(leader);
    expect(old.scale).toBeUndefined();
    const content = pdfBlock({ ...old, title: undefined }, 'da') as { table?: unknown; text?: unknown }[];
    expect(content).toHaveLength(1);
    expect(JSON.stringify(content)).not.toContain('Sådan læses farverne');
  });
});

describe('the heatmap in the standalone HTML', () => {
  it('shows the same legend and colours as the PDF, and hatched hidden cells with their reason', () => {
    const document = chainDocument();
    const html = renderHtml(document);
    expect(html).toContain('<figcaption>Sådan læses farverne</figcaption>');
    expect(html).toContain('−0,5 til −0,4');
    expect(html).toContain('◀ Lavere end hele organisationen');
    expect(html).toMatch(/<td class="num" style="background:#2166ac;color:#ffffff" title="8 svar · \+0,7">/);
    expect(html).toContain(`<td class="withheld" style="background:repeating-linear-gradient(135deg,${HEAT_WITHHELD.fill} 0 4px,${HEAT_WITHHELD.stripe} 4px 5px);color:${HEAT_WITHHELD.ink}" title="skjult: for få besvarelser">skjult</td>`);
    expect(html).toContain('print-color-adjust:exact');
  });
});

describe('the heatmap cell model every renderer shares', () => {
  it('names the difference a reader computes from the printed numbers, on a fine grid of means and centres (half-way cases included)', () => {
    const block = heatmapOf(chainDocument());
    const printed = (m: number) => Math.round(Number(formatMean(m, 'da').replace(',', '.')) * 10);
    // Means every 0.005 hit every x.x5 that rounds up in print though its binary value lies below.
    const means = Array.from({ length: 801 }, (_, i) => 1 + i * 0.005);
    const centres = Array.from({ length: 81 }, (_, i) => 1 + i * 0.05 + (i % 2) * 0.0049);
    for (const centre of centres) {
      const withCentre: HeatmapBlock = { ...block, scale: { ...block.scale!, centres: [centre, centre] } };
      for (const mean of means) {
        const view = heatCellView(withCentre, 0, { suppressed: false, mean, index: (mean - 1) * 25, n: 9 }, 'da');
        if (view.state !== 'score') throw new Error('expected a score');
        const shown = Math.round(Number(view.difference!.replace('−', '-').replace(',', '.')) * 10);
        if (view.text !== formatMean(mean, 'da') || shown !== printed(mean) - printed(centre)) expect({ mean, centre, text: view.text, difference: view.difference }).toBe('consistent');
      }
    }
  });

  it('leaves a column without a published centre uncoloured, and says so with a dash in the legend', () => {
    const block = heatmapOf(chainDocument());
    const noCentre: HeatmapBlock = { ...block, scale: { ...block.scale!, centres: [null, block.scale!.centres[1]!] } };
    expect(heatCellView(noCentre, 0, { suppressed: false, mean: 4.4, index: 85, n: 9 }, 'da')).toMatchObject({ fill: '#ffffff', step: null, difference: null });
    expect(heatLegendView(noCentre, 'da', { to: 'til', withheld: 'skjult' })!.centres[0]).toEqual({ label: 'Borgerorientering', value: '–' });
  });
});
