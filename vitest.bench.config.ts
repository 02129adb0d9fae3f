import { defineConfig } from 'vitest/config';

// The on-demand reading benchmark (bench/site-reading.bench.ts): real Chromium through the e2e harness.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 90_000,
  },
});
