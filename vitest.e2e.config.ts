import { defineConfig } from 'vitest/config';

// e2e tests drive the built extension (.output/) in real Chromium and Firefox. Each file launches its
// own browsers (one of each kind, one at a time) and depends on no other file, so files run two at
// a time: two browsers at once on a 2-core machine. E2E_WORKERS=1 runs them one after another.
const workers = Number(process.env.E2E_WORKERS) || 2;

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
