import { createRequire } from 'node:module';
import type { PdfMake } from './pdfmake-types.ts';
import { installReportFonts } from './fonts.ts';

/** pdfmake's server build, a CommonJS singleton holding fonts and access policies, set up once for every PDF Spejl makes. */
export const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake;
pdfmake.setFonts(installReportFonts(pdfmake));
// A PDF never loads anything from the network or the disk (its fonts were read at start).
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
