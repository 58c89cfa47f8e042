import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'plugin-sdk', include: ['test/**/*.test.ts'], typecheck: { enabled: false } },
});
