import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'theme-borgerorientering', include: ['test/**/*.test.ts'] },
});
