import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests are bounded by time (see the file); the timeout leaves room for a machine whose
    // two cores are shared with other work (the 5 s default failed tests there).
    setupFiles: ['test/property-time-limit.ts'],
    testTimeout: 30_000,
    // Two workers even on two cores: the files wait on I/O and module loading as much as on the CPU.
    maxWorkers: 2,
    // Files share a worker's loaded modules: fast-check builds its full-Unicode tables once per worker
    // rather than once per property-testing file (2.5 s of CPU each), which makes `npm run check` a
    // quarter faster on a busy machine. Each test file sets up its own state (a new IDBFactory, a reset
    // fake browser); `npm test` runs the unit tests isolated (`--isolate`), so a file that leaned on
    // another's leftovers still fails there.
    isolate: false,
    hookTimeout: 30_000,
  },
});
