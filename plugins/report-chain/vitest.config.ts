import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'report-chain', include: ['test/**/*.test.ts'] },
});
