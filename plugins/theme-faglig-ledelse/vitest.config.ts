import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'theme-faglig-ledelse', include: ['test/**/*.test.ts'] },
});
