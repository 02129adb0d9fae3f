import { defineConfig } from 'vitest/config';

// `npm run screenshots`: the README's screenshots, from the built extension (see the file).
export default defineConfig({
  test: {
    include: ['test/screenshots/**/*.screenshots.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
