import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    // The default report, then one line on the tests skipped and why (tests/helpers/skip-reporter.ts).
    reporters: ['default', './tests/helpers/skip-reporter.ts'],
  },
});
