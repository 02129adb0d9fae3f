import { defineConfig } from 'vitest/config';

// `npm run store-screenshots`: the store screenshots, made from the built extension in Chromium.
export default defineConfig({
  test: {
    include: ['store/screenshots.run.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
