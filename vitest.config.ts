import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Loading jieba's dictionary takes a moment in each worker; keep a generous default.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
