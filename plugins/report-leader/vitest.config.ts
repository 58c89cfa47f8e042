import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'report-leader', include: ['test/**/*.test.ts'] },
});
