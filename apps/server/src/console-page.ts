import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Context } from 'hono';

/*
 * The console's page with a fresh nonce for its styles. Naive UI mounts every component's CSS as
 * a <style> element while the page runs; the console's CSP admits such an element only with this
 * response's nonce (security-headers.ts), which the page's own script gives to the <style>
 * elements it creates (apps/admin/src/csp-nonce.ts). The nonce sits in a meta element's nonce
 * attribute, which browsers hide from CSS and from markup: only script, ours alone, can read it.
 */

/** The Hono variable through which the page hands its nonce to the CSP middleware. */
export const STYLE_NONCE = 'styleNonce';

/** The nonce a console page was served with, if the response is one. */
export function styleNonceOf(c: Context): string | undefined {
  const nonce: unknown = c.get(STYLE_NONCE);
  return typeof nonce === 'string' ? nonce : undefined;
}

/** The page with the nonce meta first in its head (or right after the doctype of a page without one). */
function withNonceMeta(html: string, nonce: string): string {
  const meta = `<meta property="csp-nonce" nonce="${nonce}">`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
  return html.replace(/^(\s*<!doctype[^>]*>)?/i, (doctype) => `${doctype}${meta}`);
}

/** Serves the built index.html (read anew, so a rebuild shows at once) with a fresh nonce; never cached, as the nonce is one response's. */
export function consolePage(indexFile: string): (c: Context) => Promise<Response> {
  return async (c) => {
    const nonce = randomBytes(18).toString('base64');
    const html = withNonceMeta(await readFile(indexFile, 'utf8'), nonce);
    c.set(STYLE_NONCE, nonce);
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  };
}
