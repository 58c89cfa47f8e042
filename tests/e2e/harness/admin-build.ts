import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the built console lives; the server serves it at `/`. */
export const ADMIN_DIST = resolve(import.meta.dirname, '../../../apps/admin/dist');
const ADMIN_ROOT = resolve(ADMIN_DIST, '..');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * Builds the console when its dist is missing or older than its sources, so a browser test never
 * runs against yesterday's console. (`pnpm test` builds everything before vitest anyway.)
 */
export function ensureAdminBuilt(): void {
  const index = join(ADMIN_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'public'].map((p) => join(ADMIN_ROOT, p)).filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestChange))) return;
  console.warn('[e2e] building the admin console (apps/admin) for the browser tests …');
  const result = spawnSync('pnpm', ['--filter', '@spejl/admin', 'build'], { cwd: ADMIN_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`building apps/admin failed (exit ${result.status}); run \`pnpm --filter @spejl/admin build\` to see why`);
}
