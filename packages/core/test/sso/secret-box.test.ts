import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from '../../src/sso/secret-box.ts';

const KEY = 'auth-secret-'.repeat(4);
const A = '0b6f5a8e-0000-4000-8000-000000000001';
const B = '0b6f5a8e-0000-4000-8000-000000000002';

describe('the sealed client secret', () => {
  it('opens for its own tenant under the same auth secret, and never holds the secret in the clear', () => {
    const sealed = sealSecret(KEY, A, 'klient-hemmelighed æøå');
    expect(sealed).not.toContain('hemmelighed');
    expect(openSecret(KEY, A, sealed)).toBe('klient-hemmelighed æøå');
    expect(sealSecret(KEY, A, 'same')).not.toBe(sealSecret(KEY, A, 'same'));
  });

  it("refuses another tenant's row copied over, another auth secret, and a changed byte", () => {
    const sealed = sealSecret(KEY, A, 'hemmelig');
    expect(() => openSecret(KEY, B, sealed)).toThrow();
    expect(() => openSecret('another-secret-'.repeat(3), A, sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x').toString('base64url') + parts[3]!.slice(2);
    expect(() => openSecret(KEY, A, parts.join('.'))).toThrow();
  });
});
