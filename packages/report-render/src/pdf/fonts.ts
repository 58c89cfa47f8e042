import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontDictionary, PdfMake } from './pdfmake-types.ts';

/*
 * pdfkit parses every font file anew for each PDF and shapes each word anew: a third of a leader's
 * PDF went there. A bulk job renders thousands of PDFs in the same threads, so here each font is
 * parsed once per thread and each word shaped once, through two public seams: pdfmake reads fonts
 * from its virtual file system, and fontkit asks its registered formats to open what it is given.
 * pdfmake's file system holds a short handle per font; the format below answers a handle with the
 * font already parsed.
 */

const require = createRequire(import.meta.url);

/** The result of shaping a text: glyphs and their positions (pdfkit scales the positions in place). */
interface GlyphRun {
  positions: object[];
}
/** The slice of a fontkit font used here. */
interface FontkitFont {
  layout(text: string, ...options: unknown[]): GlyphRun;
}
/** The slice of fontkit used here. */
interface Fontkit {
  create(buffer: Uint8Array): FontkitFont;
  registerFormat(format: unknown): void;
}

const HANDLE = 'spejl-font:';
/** Words remembered per font before the memory is emptied (a bulk job's names alone are thousands). */
const MAX_WORDS = 50_000;

/** DejaVu Sans from its npm package, so every machine that installs Spejl has it (it covers æøå and the en dash). */
const FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italics: 'DejaVuSans-Oblique.ttf', bolditalics: 'DejaVuSans-BoldOblique.ttf' } as const;

/** fontkit as pdfkit loads it: a format registered with another copy would never be asked. */
function pdfkitsFontkit(): Fontkit {
  const pdfkit = createRequire(require.resolve('pdfmake')).resolve('pdfkit');
  return createRequire(pdfkit)('fontkit') as Fontkit;
}

/** A copy of a shaped run that pdfkit may scale without changing the one remembered. */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p));
  return copy;
}

/** Makes a font remember how it shaped each word without features (all the text of a report). */
function rememberWords(font: FontkitFont): FontkitFont {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, ...options) => {
    if (options.some((o) => o !== undefined)) return layout(text, ...options);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_WORDS) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    return copyRun(run);
  };
  return font;
}

/**
 * Parses the report fonts once, registers them with pdfmake and returns the font dictionary that
 * names them. Nothing is read from the disk while a PDF is made.
 */
export function installReportFonts(pdfmake: PdfMake): FontDictionary {
  const fontkit = pdfkitsFontkit();
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const parsed = new Map<string, FontkitFont>();
  const isHandle = (buffer: Uint8Array) => Buffer.from(buffer.subarray(0, HANDLE.length)).toString('latin1') === HANDLE;
  fontkit.registerFormat(class ParsedFont {
    static probe(buffer: Uint8Array): boolean {
      return isHandle(buffer);
    }
    constructor(stream: { buffer: Uint8Array }) {
      // A constructor that returns an object makes `new` give that object: the font parsed before.
      return parsed.get(Buffer.from(stream.buffer).toString('latin1'))!;
    }
  });
  const entries = Object.entries(FILES).map(([style, file]) => {
    const handle = `${HANDLE}${file}`;
    parsed.set(handle, rememberWords(fontkit.create(readFileSync(join(dir, file)))));
    pdfmake.virtualfs.writeFileSync(file, Buffer.from(handle, 'latin1'));
    return [style, file] as const;
  });
  return { DejaVuSans: Object.fromEntries(entries) as FontDictionary[string] };
}
