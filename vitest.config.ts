import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The wink model is loaded once per worker; two workers fit this 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
