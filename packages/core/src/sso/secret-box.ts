import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/*
 * The identity provider's client secret at rest: AES-256-GCM under a key derived (HKDF) from the
 * installation's auth secret, so a database dump alone does not hand out a tenant's IdP client.
 * A new auth secret makes stored client secrets unreadable: the admin enters theirs again.
 */

const INFO = 'spejl sso client secret v1';

function keyOf(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, 'spejl', INFO, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; the tenant id is bound in as associated data. */
export function sealSecret(authSecret: string, tenantId: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(authSecret), iv);
  cipher.setAAD(Buffer.from(tenantId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** The secret `sealSecret` sealed for this tenant; throws when it was sealed for another tenant or key. */
export function openSecret(authSecret: string, tenantId: string, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('sealed secret has an unknown format');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(authSecret), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(tenantId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
