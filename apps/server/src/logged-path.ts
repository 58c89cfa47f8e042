/*
 * What the request log writes for a path. A printed letter's code may be typed into the address
 * (`/s/ABCD-EFGH-JKMN`, issue 17): a code is a secret like a link's token, so a survey page's path
 * is logged without it. The survey's API and its files are logged as they are.
 */

const SURVEY_PAGE = /^\/s\/(?!api\/|assets\/)[^/]+\/?$/;
const KNOWN_PAGES = new Set(['/s/', '/s/kiosk', '/s/index.html']);

/** The path as the request log keeps it. */
export function loggedPath(path: string): string {
  return SURVEY_PAGE.test(path) && !KNOWN_PAGES.has(path) ? '/s/[code]' : path;
}
