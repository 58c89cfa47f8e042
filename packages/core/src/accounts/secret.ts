import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'auth-secret';

/**
 * The secret that signs session cookies: AUTH_SECRET when given, else one generated on first
 * start and kept (mode 0600) in the data directory, so sessions survive restarts.
 */
export function loadAuthSecret(given: string | undefined, dataDir: string): { secret: string; source: 'env' | 'file' | 'generated' } {
  if (given) {
    if (given.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 48)');
    return { secret: given, source: 'env' };
  }
  const path = join(dataDir, FILE);
  if (existsSync(path)) {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored.length >= 32) return { secret: stored, source: 'file' };
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { secret, source: 'generated' };
}
