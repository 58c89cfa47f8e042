import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the built respondent app lives; the server serves it at `/s/`. */
export const SURVEY_DIST = resolve(import.meta.dirname, '../../../apps/survey/dist');
const SURVEY_ROOT = resolve(SURVEY_DIST, '..');

function newest(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? Math.max(stat.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n)))) : stat.mtimeMs;
}

/** Builds the respondent app when its dist is missing or older than its sources. */
export function ensureSurveyBuilt(): void {
  const index = join(SURVEY_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts'].map((p) => join(SURVEY_ROOT, p));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return;
  const result = spawnSync('pnpm', ['--filter', '@spejl/survey', 'build'], { cwd: SURVEY_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building apps/survey failed; run `pnpm --filter @spejl/survey build` to see why');
}
