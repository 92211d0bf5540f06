import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    // The command-line tests run the built binary; this builds dist/ when it is missing or stale.
    globalSetup: ['tests/global-setup.ts'],
  },
});
