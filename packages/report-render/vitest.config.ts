import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'report-render', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
