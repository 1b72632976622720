import { defineConfig } from '@playwright/test';

// One runner for both real browsers: the `chromium` project drives Debian's Chromium through
// Playwright, the `firefox` project drives Firefox ESR over WebDriver BiDi (see test/e2e/support/).
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    { name: 'chromium', metadata: { browser: 'chromium' } },
    { name: 'firefox', metadata: { browser: 'firefox' } },
  ],
});
