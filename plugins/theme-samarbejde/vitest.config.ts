import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'theme-samarbejde', include: ['test/**/*.test.ts'] },
});
