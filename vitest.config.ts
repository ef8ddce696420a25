import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The compiled artefacts in dist/, current with their sources; the Node back end in every test file.
    globalSetup: ['test/helpers/fresh-artefacts.ts'],
    setupFiles: ['test/helpers/node-platform.ts'],
    // Loading jieba's dictionary takes a moment in each worker; keep a generous default.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
