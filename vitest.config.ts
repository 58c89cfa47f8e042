import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'plugins/*', 'tests'],
    globalSetup: ['./tests/setup/announce-skips.ts', './packages/plugin-registry/src/generate/vitest-setup.ts'],
    // Most test time is spent waiting on a database, a browser or a child process, so one file per core
    // leaves cores idle; vitest's default on a two-core machine is a single file at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
