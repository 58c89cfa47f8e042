import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser.ts';

/** True when Debian's poppler-utils are installed: pdftotext reads a PDF's text, pdftoppm draws its pages. */
export const popplerAvailable = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Downloads the open report's PDF with its button (`report-pdf`), keeps it beside the screenshots
 * as `<name>.pdf` and returns its text as pdftotext reads it.
 */
export async function reportPdfText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
  const file = join(SCREENSHOT_DIR, `${name}.pdf`);
  await download.saveAs(file);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}
