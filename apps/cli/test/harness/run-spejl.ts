import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/** The repository root: the command line runs from there, as `pnpm spejl` does. */
export const REPO = fileURLToPath(new URL('../../../..', import.meta.url));

export interface SpejlRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `spejl …` as a separate process, as a person would from the repository root. */
export function runSpejl(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<SpejlRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [inject('spejlCli'), ...args], { cwd: REPO, env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
