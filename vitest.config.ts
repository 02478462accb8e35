import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    // End-to-end tests drive Chromium on a 2-core machine while other suites run in parallel: give them room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['./test/support/setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
