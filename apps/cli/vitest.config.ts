import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/harness/bundle-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
