/*
 * The console's Content-Security-Policy admits a <style> element only with this page's nonce
 * (the server puts a fresh one in <meta property="csp-nonce"> of every console page). Naive UI
 * mounts each component's CSS as a <style> element while the page runs, created through
 * document.createElement, and has no way to be given a nonce. So every <style> element this
 * document's scripts create gets the page's nonce as it is made. Markup that slipped into the
 * page is parsed, not created here, and stays refused. Imported first in main.ts, before any
 * component can mount its styles; without the meta (the Vite dev server) nothing changes.
 */
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;

if (nonce) {
  const create = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions): HTMLElement => {
    const element = create(tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  }) as Document['createElement'];
}
