/*
 * How a respondent with a printed letter arrives (issue 17): by typing `/s/<code>`, by scanning the
 * letter's QR code (`/s/#<code>`, in the fragment so it never reaches a server log), or by typing
 * the code into the page at `/s/`. A workplace tablet opens `/s/kiosk`: the code page, answering,
 * and back to the code page for the next person, with nothing kept (kiosk.ts).
 */

/** The characters a code is made of (as core/letters/letter-code.ts): no 0, 1, I, L or O. */
const CODE = /^[2-9A-HJKMNP-Z]{12}$/;
const SEPARATORS = /[\s\-–.]/g;

/** A typed code in the server's form, or null when it cannot be one. */
export function letterCode(typed: string): string | null {
  const code = typed.replace(SEPARATORS, '').toUpperCase();
  return CODE.test(code) ? code : null;
}

/** The code an address carries in its path after the app's base (`/s/ABCD-EFGH-JKMN`) or in its fragment (`#ABCDEFGHJKMN`). */
export function codeInAddress(pathname: string, hash: string, base: string): string | null {
  const fromHash = hash.replace(/^#\/?/, '');
  if (fromHash && fromHash.length <= 20) return letterCode(decodeURIComponent(fromHash));
  const rest = pathname.startsWith(base) ? pathname.slice(base.length).replace(/\/+$/, '') : '';
  return rest && rest.length <= 20 ? letterCode(decodeURIComponent(rest)) : null;
}

/** Whether this is a shared device's page (`/s/kiosk`). */
export function isKiosk(pathname: string, base: string): boolean {
  return pathname.replace(/\/+$/, '') === `${base}kiosk`;
}
