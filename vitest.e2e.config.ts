import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium (tests/e2e/harness.ts). One file at a
// time (each launches its own browser), generous timeouts for a loaded 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
