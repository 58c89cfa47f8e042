import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the built console lives; the server serves it at `/`. */
export const ADMIN_DIST = resolve(import.meta.dirname, '../../../apps/admin/dist');
const ADMIN_ROOT = resolve(ADMIN_DIST, '..');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function isFresh(): boolean {
  const index = join(ADMIN_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'public'].map((p) => join(ADMIN_ROOT, p)).filter(existsSync);
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestChange));
}

// Browser-test files run in parallel workers; only one of them may build at a time.
const LOCK = join(tmpdir(), 'spejl-admin-build.lock');
const STALE_LOCK_MS = 5 * 60 * 1000;

function withBuildLock(fn: () => void): void {
  const waitUntil = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch {
      // A lock older than any build is left over from a killed run.
      if (Date.now() > waitUntil || (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)) rmSync(LOCK, { force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/**
 * Builds the console when its dist is missing or older than its sources, so a browser test never
 * runs against yesterday's console. (`pnpm test` builds everything before vitest anyway.)
 */
export function ensureAdminBuilt(): void {
  if (isFresh()) return;
  withBuildLock(() => {
    if (isFresh()) return;
    console.warn('[e2e] building the admin console (apps/admin) for the browser tests …');
    const result = spawnSync('pnpm', ['--filter', '@spejl/admin', 'build'], { cwd: ADMIN_ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`building apps/admin failed (exit ${result.status}); run \`pnpm --filter @spejl/admin build\` to see why`);
  });
}
