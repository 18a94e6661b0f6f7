import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';

export default defineConfig({
  plugins: [
    preact(),
    // standaloneFiles: each content script is built as one self-contained file, so nothing
    // is listed in web_accessible_resources and upwork.com cannot detect the extension.
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/page-world/story-observer.ts'] } }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { dashboard: 'src/ui/dashboard/index.html' } },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
