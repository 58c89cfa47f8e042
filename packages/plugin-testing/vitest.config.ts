import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'plugin-testing', include: ['test/**/*.test.ts'] },
});
