import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { ReportBlock, ReportDocument } from '@spejl/plugin-sdk';
import { renderPdf } from '../src/index.ts';
import { estimatedHeight } from '../src/pdf/block-height.ts';

// What keep-with-heading.ts keeps whole: a heading and a block estimated at most this tall.
const KEPT = 700 - estimatedHeight({ type: 'heading', level: 3, text: '' });

const label = (i: number, caps: boolean) => {
  const text = `Udsagn ${i}: lederen sikrer, at medarbejderne har de kompetencer, opgaverne kræver`;
  return caps ? text.toUpperCase() : text;
};
const score = { suppressed: false, mean: 3.4, index: 60, n: 9 } as const;

/** Blocks of each kind that grow with `n` rows (or sentences), their labels as long as a theme's longest. */
const kinds: Record<string, (n: number, caps: boolean) => ReportBlock> = {
  distribution: (n, caps) => ({ type: 'distribution', title: 'Fordeling', rows: Array.from({ length: n }, (_, i) => ({ label: label(i, caps), role: 'employee', result: i % 3 ? { suppressed: false, counts: [1, 2, 3, 4, 5], dontKnow: 1 } : { suppressed: true, reason: 'below-threshold' } })) }),
  scoreTable: (n, caps) => ({ type: 'scoreTable', columns: [{ role: 'employee', label: 'Medarbejdere' }, { role: 'self', label: 'Leder selv' }], rows: Array.from({ length: n }, (_, i) => ({ kind: 'item', themeId: 't', itemId: `i${i}`, label: label(i, caps), cells: { employee: score, self: score } })) }),
  gap: (n, caps) => ({ type: 'gap', title: 'Forskel', rows: Array.from({ length: n }, (_, i) => ({ label: label(i, caps), themeId: 't', itemId: `i${i}`, suppressed: false, self: 4, other: 3.2, gap: 0.8, reading: 'aligned' })) }),
  heatmap: (n, caps) => ({ type: 'heatmap', title: 'Sammenligning', columns: [{ key: 'a', label: 'Dine medarbejdere' }, { key: 'b', label: 'Hele organisationen' }, { key: 'c', label: 'Ledere på samme niveau' }], rows: Array.from({ length: n }, (_, i) => ({ key: `r${i}`, label: label(i, caps), cells: [score, score, score] })) }),
  text: (n, caps) => ({ type: 'text', text: Array.from({ length: n }, (_, i) => `${label(i, caps)}.`).join(' ') }),
};

/** The most rows a block of this kind may have and still be kept whole with a heading. */
function largestKept(kind: (n: number, caps: boolean) => ReportBlock, caps: boolean): number {
  let n = 1;
  while (estimatedHeight(kind(n + 1, caps)) <= KEPT) n++;
  return n;
}

async function pages(document: ReportDocument): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await renderPdf(document))), { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' '));
}

describe('a heading kept with the block after it', () => {
  it.each(Object.keys(kinds).flatMap((kind) => [[kind, false], [kind, true]] as const))('fits on one page with all of the largest %s kept whole (capitals: %s), and a larger one breaks across pages losing nothing', async (kind, caps) => {
    const make = kinds[kind]!;
    const n = largestKept(make, caps);
    expect(n, 'a block of a few rows is kept whole').toBeGreaterThan(caps ? 3 : 5);
    for (const [rows, onePage] of [[n, true], [n + 2, false]] as const) {
      const document: ReportDocument = { title: 'Titel', locale: 'da', blocks: [{ type: 'heading', level: 3, text: 'Overskriften' }, make(rows, caps)] };
      const printed = await pages(document);
      const whole = printed.join(' ');
      for (let i = 0; i < rows; i++) expect(whole, `${kind} of ${rows}: row ${i}`).toContain(label(i, caps).split(' ').slice(0, 3).join(' '));
      const withHeading = printed.find((p) => p.includes('Overskriften'))!;
      if (onePage) expect(withHeading, `${kind} of ${rows} on the heading's page`).toContain(label(rows - 1, caps).split(' ').slice(0, 3).join(' '));
    }
  }, 30_000);
});
