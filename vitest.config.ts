import { defineConfig } from 'vitest/config';

// Unit tests live beside their sources (`src/**/*.test.ts[x]`) and in `test/unit/`; the CLI's
// answers over the real-server HARs in `test/real-servers/`.
// Browser end-to-end specs (`test/e2e/`) run under Playwright and the Firefox BiDi runner, never here.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/real-servers/**/*.test.ts'],
    environment: 'node',
    // Rule errors are swallowed in production and thrown in tests.
    setupFiles: ['test/setup/loud-rule-errors.ts'],
    testTimeout: 20_000,
  },
});
