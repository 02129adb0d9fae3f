import { defineConfig } from 'vitest/config';

// e2e tests drive the built extension (.output/) in real Chromium and Firefox, one file at a time:
// two browsers on a 2-core machine are enough load.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
