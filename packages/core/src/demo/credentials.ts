import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DemoPasswords } from './seed.ts';

const FILE = 'demo-credentials.json';
// The leader's password came later: a file without it gets one added, the others kept.
const stored = z.object({ operator: z.string().min(10), admin: z.string().min(10), leader: z.string().min(10).optional() });

/** A fresh random password people can still type: 16 URL-safe characters (96 bits). */
export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * The demo accounts' passwords for this data directory: read from `demo-credentials.json`
 * (mode 0600) or generated once and written there, so the printed credentials stay valid across restarts.
 */
export function demoPasswords(dataDir: string): Required<DemoPasswords> & { generated: boolean } {
  const known = readDemoPasswords(dataDir);
  if (known?.leader) return { ...known, leader: known.leader, generated: false };
  const path = join(dataDir, FILE);
  const passwords = { operator: known?.operator ?? randomPassword(), admin: known?.admin ?? randomPassword(), leader: randomPassword() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { ...passwords, generated: !known };
}

/** The demo passwords kept in this data directory, if any. */
export function readDemoPasswords(dataDir: string): DemoPasswords | undefined {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
