import { defineConfig } from 'vitest/config';

// README screenshots made by a script (test/screenshots/*.shots.ts), not by `npm test`.
export default defineConfig({
  test: {
    include: ['test/screenshots/**/*.shots.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
