import { defineConfig } from 'vitest/config';
import { verifyPageScriptPlugin } from './scripts/build-verify-page.mjs';

// End-to-end: Playwright drives Debian's Chromium with dist/ loaded. One worker: the machine has 2 cores.
export default defineConfig({
  plugins: [verifyPageScriptPlugin()],
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
