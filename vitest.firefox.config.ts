import { defineConfig } from 'vitest/config';

// Firefox end-to-end tests (issue 7): the built Firefox extension in Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (tests/e2e-firefox/harness.ts). One browser per file, one file
// at a time; generous timeouts for a loaded 2-core machine (Firefox takes 3–9 s to start here).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
