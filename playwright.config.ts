import { defineConfig } from '@playwright/test';

// One runner for both real browsers: the `chromium` project drives Debian's Chromium through
// Playwright, the `firefox` project drives Firefox ESR over WebDriver BiDi (see test/e2e/support/).
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two real browsers at once on a 2-core machine make event timings swing; CI runs them one after the
  // other, and retries once so a rare late event in Firefox shows as "flaky" in the report, not a failure.
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    { name: 'chromium', metadata: { browser: 'chromium' } },
    { name: 'firefox', metadata: { browser: 'firefox' } },
  ],
});
