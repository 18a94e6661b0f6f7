import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { verifyPageScriptPlugin } from './scripts/build-verify-page.mjs';

// Separate from vite.config.ts so the crx plugin is not loaded in tests.
export default defineConfig({
  plugins: [verifyPageScriptPlugin(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    pool: 'forks',
  },
});
