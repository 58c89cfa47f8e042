import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'integration', include: ['integration/**/*.test.ts', 'e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
