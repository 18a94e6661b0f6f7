import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { manifestFor, type TargetBrowser } from './manifest.config.ts';
import { verifyPageScriptPlugin } from './scripts/build-verify-page.mjs';
import { storeClean } from './scripts/lib/store-clean.ts';
import { standaloneScriptPlugin } from './scripts/lib/standalone-script-plugin.ts';
import { CAPTURE_CODE_ENTRY, CAPTURE_CODE_FILE } from './src/shared/messaging/capture-code-file.ts';
import { FIRST_READ_ENTRY, FIRST_READ_FILE } from './src/ui/dashboard/first-read-file.ts';

// EVIDENCE_TEST_BUILD=1 builds the test-only extension into dist-test/: it adds host access to
// every site, so end-to-end tests can take screenshots without the user gesture that grants
// activeTab (design/testing.md). Never shipped; the default build is unchanged.
const testBuild = process.env.EVIDENCE_TEST_BUILD === '1';
// EVIDENCE_BROWSER=firefox (npm run build:firefox) builds the Firefox extension into dist-firefox/.
const target: TargetBrowser = process.env.EVIDENCE_BROWSER === 'firefox' ? 'firefox' : 'chromium';
const manifest = manifestFor(target);
const builtManifest: ManifestV3Export = testBuild ? withAllUrls(manifest) : manifest;
const outDir = `${target === 'firefox' ? 'dist-firefox' : 'dist'}${testBuild ? '-test' : ''}`;

function withAllUrls(base: ManifestV3Export): ManifestV3Export {
  return async (env) => {
    const m = typeof base === 'function' ? await base(env) : await base;
    return { ...m, name: `${m.name} (TEST BUILD)`, host_permissions: ['<all_urls>'] };
  };
}

export default defineConfig({
  plugins: [
    // verify.html's inline script is the verifier itself, bundled before anything imports it.
    verifyPageScriptPlugin(),
    storeClean(import.meta.dirname),
    preact(),
    // standaloneFiles: each content script is built as one self-contained file, so nothing
    // is listed in web_accessible_resources and upwork.com cannot detect the extension.
    // The capture code, injected into a tab only when a capture starts (src/content/capture-code.ts).
    standaloneScriptPlugin({ entry: CAPTURE_CODE_ENTRY, file: CAPTURE_CODE_FILE, name: 'evidenceLockerCapture' }),
    // The dashboard's first read, a classic script its HTML loads first (src/ui/dashboard/first-read.ts).
    standaloneScriptPlugin({ entry: FIRST_READ_ENTRY, file: FIRST_READ_FILE, name: 'evidenceLockerFirstRead', firstIn: 'src/ui/dashboard/index.html' }),
    crx({ manifest: builtManifest, browser: target === 'firefox' ? 'firefox' : 'chrome', contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/page-world/story-observer.ts'] } }),
  ],
  // Test-only behaviour is compiled out of the shipped builds (see src/background/test-build.ts).
  define: { __EVIDENCE_TEST_BUILD__: JSON.stringify(testBuild) },
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: { dashboard: 'src/ui/dashboard/index.html' } },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
