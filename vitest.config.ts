import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'plugins/*', 'tests'],
    globalSetup: ['./tests/setup/announce-skips.ts', './packages/plugin-registry/src/generate/vitest-setup.ts'],
  },
});
