import { defineConfig } from 'vitest/config';

// e2e tests drive the built extension (.output/) in real Chromium and Firefox. Each file launches its
// own browsers (one of each kind, one at a time) and depends on no other file, so they can run two at
// a time (E2E_WORKERS=2). By default they run one after another: with ~230 tests, two files at once on
// a 2-core machine made a Firefox keyboard test time out in a fresh-clone run, and CI must be steady.
const workers = Number(process.env.E2E_WORKERS) || 1;

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
