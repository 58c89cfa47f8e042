import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';

/*
 * A personal survey link is `/s/#<token>`. The token is the tenant id (22 base64url characters,
 * so the server knows which tenant's rows to look in without a global table) followed by a
 * 256-bit secret. The secret is HMAC(link secret, salt) with 128 random bits of salt per
 * respondent: the database keeps the salt and SHA-256(secret) only, so neither a database dump
 * nor the server's key alone yields a working link, and reminders can carry the same link
 * without the link ever being stored. The fragment (#…) never reaches server logs or Referer.
 */

const TENANT_CHARS = 22;
const SECRET_CHARS = 43;
const TOKEN = /^[A-Za-z0-9_-]{65}$/;
/** The tenant ids withTenant accepts (RFC 4122/9562 versions and variant, nil and max): any other tenant part is a wrong link, not a failure. */
const TENANT_ID = z.uuid();

/** The server-side key that turns a respondent's stored salt into their link secret. */
export interface LinkKey {
  readonly secret: Buffer;
}

/** A token split into its parts; `secret` is what the respondent proves possession of. */
export interface ParsedToken {
  tenantId: string;
  secret: Buffer;
}

/** Makes a link key from configuration; refuses short keys, which would make links guessable. */
export function linkKey(secret: string): LinkKey {
  if (secret.length < 32) throw new Error('the survey link secret must be at least 32 characters (set SPEJL_LINK_SECRET)');
  return { secret: createHash('sha256').update(`spejl-survey-links:${secret}`).digest() };
}

/** A fresh random salt for one respondent's link (128 bits). */
export function newLinkSalt(): string {
  return randomBytes(16).toString('base64url');
}

/** The respondent's link secret, recomputed from their salt whenever a mail needs the link. */
export function linkSecret(key: LinkKey, salt: string): Buffer {
  return createHmac('sha256', key.secret).update(salt).digest();
}

/** What the database stores to find a respondent by their link: SHA-256 of the secret. */
export function tokenHash(secret: Buffer): string {
  return createHash('sha256').update(secret).digest('base64url');
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function bytesUuid(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The token a link carries for a respondent of `tenantId`. */
export function formatToken(tenantId: string, secret: Buffer): string {
  return uuidBytes(tenantId).toString('base64url') + secret.toString('base64url');
}

/** Splits a token from a link, or null when it cannot be one (wrong length or characters, a tenant part that is no tenant id). */
export function parseToken(token: string): ParsedToken | null {
  if (!TOKEN.test(token)) return null;
  const tenant = Buffer.from(token.slice(0, TENANT_CHARS), 'base64url');
  const secret = Buffer.from(token.slice(TENANT_CHARS), 'base64url');
  if (tenant.length !== 16 || secret.length !== 32 || token.length !== TENANT_CHARS + SECRET_CHARS) return null;
  const tenantId = bytesUuid(tenant);
  return TENANT_ID.safeParse(tenantId).success ? { tenantId, secret } : null;
}
