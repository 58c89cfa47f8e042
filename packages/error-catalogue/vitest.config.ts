import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'error-catalogue', include: ['test/**/*.test.ts'], typecheck: { enabled: false } },
});
