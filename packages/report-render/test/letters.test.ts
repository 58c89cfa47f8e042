import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderLetters, type LettersInput } from '../src/letters/letters-pdf.ts';

const INPUT: LettersInput = {
  roundName: 'Ledelsesevaluering forår 2026',
  closesAt: new Date('2026-05-01T21:59:00Z'),
  organisation: { name: 'Egeskov Kommune', colour: '#1f6f4a', logo: null, timeZone: 'Europe/Copenhagen' },
  kind: 'invitation',
  typeAt: 'https://spejl.example.dk/s',
  letters: [
    { name: 'Jens Lund', locale: 'da', code: 'ABCD-EFGH-JKMN', qrUrl: 'https://spejl.example.dk/s/#ABCDEFGHJKMN' },
    { name: 'Åse Nielsen', locale: 'en', code: '2345-6789-PQRS', qrUrl: 'https://spejl.example.dk/s/#23456789PQRS' },
  ],
};

/** The PDF's text, page by page, as pdftotext reads it. */
function pages(pdf: Buffer): string[] {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').split('\f').filter((p) => p.trim());
}

/** What the QR code on a page says, read from the page rendered at 150 dpi. */
function qrOf(pdf: Buffer, page: number): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-letters-'));
  writeFileSync(join(dir, 'letters.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', '-f', String(page), '-l', String(page), join(dir, 'letters.pdf'), join(dir, 'page')]);
  const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe('printed letters', () => {
  it('gives each respondent a page in their language with their name, code, closing date and the address to type it at', async () => {
    const pdf = await renderLetters(INPUT);
    const all = pages(pdf);
    expect(all).toHaveLength(2);
    const [danish = '', english = ''] = all;
    expect(danish).toContain('Egeskov Kommune');
    expect(danish).toContain('Invitation: Ledelsesevaluering forår 2026');
    expect(danish).toContain('Kære Jens Lund');
    expect(danish).toContain('Du kan svare til og med 1. maj 2026.');
    expect(danish).toContain('https://spejl.example.dk/s');
    expect(danish.replace(/\s/g, '')).toContain('ABCD-EFGH-JKMN');
    expect(danish).not.toContain('PQRS');
    expect(english).toContain('Dear Åse Nielsen');
    expect(english).toContain('You can answer until and including 1 May 2026.');
    expect(english.replace(/\s/g, '')).toContain('2345-6789-PQRS');
  });

  it('carries each respondent\'s own address in a QR code a phone can read', async () => {
    const pdf = await renderLetters(INPUT);
    expect(qrOf(pdf, 1)).toBe('https://spejl.example.dk/s/#ABCDEFGHJKMN');
    expect(qrOf(pdf, 2)).toBe('https://spejl.example.dk/s/#23456789PQRS');
  });

  it('says "Påmindelse" on a reminder', async () => {
    const [danish = ''] = pages(await renderLetters({ ...INPUT, kind: 'reminder' }));
    expect(danish).toContain('Påmindelse: Ledelsesevaluering forår 2026');
    expect(danish).toContain('Vi mangler stadig dine svar');
  });
});
