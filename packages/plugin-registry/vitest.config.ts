import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'plugin-registry', include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
