import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontDictionary } from './pdfmake-types.ts';

const require = createRequire(import.meta.url);

/** DejaVu Sans from its npm package, so every machine that installs Spejl has it (it covers æøå and the en dash). */
function dejavuDir(): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** The fonts the PDF renderer uses, as file paths pdfmake reads. */
export function reportFonts(): FontDictionary {
  const dir = dejavuDir();
  return {
    DejaVuSans: {
      normal: join(dir, 'DejaVuSans.ttf'),
      bold: join(dir, 'DejaVuSans-Bold.ttf'),
      italics: join(dir, 'DejaVuSans-Oblique.ttf'),
      bolditalics: join(dir, 'DejaVuSans-BoldOblique.ttf'),
    },
  };
}

/** True for the font files above and nothing else: the only local files a report PDF may read. */
export function isReportFont(path: string): boolean {
  return path.startsWith(dejavuDir());
}
