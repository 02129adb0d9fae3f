import { defineConfig } from 'vitest/config';

// `npm run test:release`: the release reproduces from its source package (test/release/). Its own step
// of `npm test`, before the e2e files: it runs npm ci and two builds, which would starve the browsers
// of the e2e files running beside it on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/release/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
