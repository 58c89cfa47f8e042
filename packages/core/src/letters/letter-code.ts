import { createHmac, randomInt } from 'node:crypto';
import { tokenHash, type LinkKey } from '../survey/link-token.ts';

/*
 * The code on a printed letter, typed by hand at `/s/<code>` or into the code page.
 *
 * 12 characters from 31 that cannot be mistaken for one another (digits and capitals without 0, 1,
 * I, L and O), written as three groups of four: 12 · log2(31) ≈ 59.4 bits. The survey guess limiter
 * (survey/guess-limiter.ts) lets one address group try 20 wrong codes a minute. An attacker with
 * 10,000 address groups guessing for 30 days against 100,000 live codes at once tries
 * 10,000 · 20 · 60 · 24 · 30 ≈ 8.6 · 10⁹ codes and hits one with probability
 * 8.6 · 10⁹ · 10⁵ / 31¹² ≈ 0.1 %, and a hit only lets them answer in someone's name: the answers
 * stay bound to the respondent's device (survey/device-key.ts). Ten characters (49.5 bits) would
 * make that about 100 %, so the code has twelve.
 *
 * Like a link's secret the code is never stored: what the database keeps is SHA-256 of
 * HMAC(link key, code), the link tokens' own hash (link-token.ts) under the server's key, so a
 * database dump alone cannot be searched for codes.
 */

/** The characters a code is made of. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** How many characters a code has. */
export const CODE_LENGTH = 12;
/** Bits of randomness in a code: 12 · log2(31). */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** A fresh code, uniformly random (crypto.randomInt draws without modulo bias). */
export function newLetterCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as printed and shown: `ABCD-EFGH-JKMN`. */
export function formatLetterCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

const SEPARATORS = /[\s\-–.]/g;

/** The code a person typed (any case, with or without dashes and spaces), or null when it cannot be one. */
export function parseLetterCode(typed: string): string | null {
  const code = typed.replace(SEPARATORS, '').toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** What the database keeps of a code: the link tokens' hash of a keyed HMAC, so only the server can compute it. */
export function letterCodeHash(key: LinkKey, code: string): string {
  return tokenHash(createHmac('sha256', key.secret).update(`letter-code:${code}`).digest());
}
