import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'survey', include: ['test/**/*.test.ts'], environment: 'node' },
});
