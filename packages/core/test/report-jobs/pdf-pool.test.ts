import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { findReport, findTheme } from '@spejl/plugin-registry';
import { runReport, type ReportDocument } from '@spejl/plugin-sdk';
import { fixtureView } from '@spejl/plugin-testing';
import { renderPdf } from '@spejl/report-render';
import { startPdfPool } from '../../src/report-jobs/pdf-pool.ts';

const leader = runReport(findReport('leader')!, fixtureView([findTheme('borgerorientering')!], 'published', 'da'), {});
const crashing = new URL('./crashing-thread.mjs', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'pdf-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the PDF threads', () => {
  const pool = startPdfPool({ threads: 2 });
  afterAll(() => pool.close());

  it('render the PDF the main thread renders, several documents at once', async () => {
    const pdfs = await Promise.all([leader, leader, { ...leader, title: 'Anden leder' }].map((d) => pool.render(d)));
    expect(await pdfText(pdfs[0]!)).toBe(await pdfText(await renderPdf(leader)));
    expect(await pdfText(pdfs[2]!)).toContain('Anden leder');
  }, 60_000);

  it("refuse a document the renderer cannot render with the renderer's reason, and go on rendering", async () => {
    const broken = { ...leader, blocks: null } as unknown as ReportDocument;
    await expect(pool.render(broken)).rejects.toThrow(/blocks|null|flatMap/);
    expect((await pool.render(leader)).length).toBeGreaterThan(1000);
  }, 60_000);

  it('try a document once more on a fresh thread when its thread dies, refuse it when that dies too, and never take the process down', async () => {
    const errors: unknown[] = [];
    const pool = startPdfPool({ threads: 1, entry: crashing, onError: (e) => errors.push(e) });
    try {
      const once = await pool.render({ ...leader, title: 'dies once', subtitle: join(scratch, 'died') });
      expect(await pdfText(once)).toContain('dies once');
      await expect(pool.render({ ...leader, title: 'dies' })).rejects.toThrow('a PDF thread stopped twice on the same report (worker exited with code: 3)');
      expect(await pdfText(await pool.render(leader))).toContain(leader.title);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
