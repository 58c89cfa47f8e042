import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { styleNonceOf } from './console-page.ts';

/*
 * The second line of defence (DESIGN.md, Security): should something ever slip markup into a
 * page, the browser still runs no script but our own files, sends nothing anywhere but to us, and
 * lets no other site frame the console or the survey.
 *
 * Pages (the console and the survey app, both built by Vite with no inline script and no eval)
 * load scripts, styles, images and connections from this origin only, plus `data:` images (an
 * organisation's logo is stored as a data URL). Styles differ:
 *  - the survey app puts no <style> element into the page and no style attribute into markup
 *    (Vue sets bound styles through the CSSOM, which CSP leaves alone): `style-src 'self'`;
 *  - the console uses Naive UI, whose css-render mounts every component's CSS as a <style>
 *    element while the page runs; the CSS depends on the theme, so no hash can list it. Each
 *    console page carries a fresh nonce (console-page.ts) that the page's script gives the
 *    <style> elements it creates: `style-src 'self' 'nonce-…'`, so a <style> slipped into the
 *    markup is refused. Style attributes stay allowed (`style-src-attr 'unsafe-inline'`): ECharts
 *    writes its tooltips as markup with style attributes, and an attribute styles one element,
 *    it cannot select others to read them out; nothing could leave the page anyway (no images,
 *    fonts or connections from anywhere else).
 * Everything else (JSON, downloads, the health check) gets a policy that allows nothing at all.
 */

const COMMON = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

/** Which policy a response gets. */
export type PolicyKind = 'console' | 'survey' | 'none';

/** The Content-Security-Policy of each kind of response; `upgrade-insecure-requests` behind HTTPS. */
export function contentSecurityPolicy(kind: PolicyKind, https: boolean, styleNonce?: string): string {
  if (kind === 'none') return ["default-src 'none'", ...COMMON, "form-action 'none'"].join('; ');
  const styles = kind === 'console'
    ? `style-src 'self'${styleNonce ? ` 'nonce-${styleNonce}'` : ''}; style-src-attr 'unsafe-inline'`
    : "style-src 'self'";
  return [
    "default-src 'self'", "script-src 'self'", styles, "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
    ...COMMON, "form-action 'self'", ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The kind of a response by path and type: an HTML page under /s/ is the survey, any other HTML page the console. */
function kindOf(path: string, contentType: string | null): PolicyKind {
  if (!contentType?.startsWith('text/html')) return 'none';
  return path === '/s' || path.startsWith('/s/') ? 'survey' : 'console';
}

/**
 * Hardening headers on every response: the Content-Security-Policy its kind needs (unless a
 * route set a stricter one itself), nosniff, no Referer at all (survey links carry their token in
 * the fragment, which browsers never send, but nothing else needs one either), no framing, and
 * HSTS only when the public address is HTTPS (sent over plain HTTP it would lock a test
 * installation out of its own address for half a year).
 */
export function securityHeaders(publicUrl: string): MiddlewareHandler[] {
  const https = new URL(publicUrl).protocol === 'https:';
  const policy: MiddlewareHandler = async (c, next) => {
    await next();
    if (!c.res.headers.has('content-security-policy')) {
      c.res.headers.set('Content-Security-Policy', contentSecurityPolicy(kindOf(c.req.path, c.res.headers.get('content-type')), https, styleNonceOf(c)));
    }
  };
  const hardening = secureHeaders({
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
  return [hardening, policy];
}
