import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'report-tenant', include: ['test/**/*.test.ts'] },
});
