import { defineManifest, type ManifestV3Export } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

// Least privilege; every permission is needed by a feature that ships:
// - unlimitedStorage: the evidence lives in IndexedDB and must never be evicted when the disk
//   fills (ArchiveWeb.page #154).
// - pageCapture: the browser's own MHTML of the captured tab (chrome.pageCapture.saveAsMHTML).
// - activeTab: screenshots of the tab the user captures (captureVisibleTab), granted only by the
//   user's gesture — the toolbar button, Alt+Shift+E or the context-menu item — never by the page.
// - contextMenus: the right-click "Capture evidence" item on upwork.com pages, one of those gestures.
// - scripting + host access to www.upwork.com only (the same site the content script runs on, so
//   no new warning): the capture code is injected into the tab only when the user starts a
//   capture (scripting.executeScript), so what runs on every Upwork page stays small, and nothing
//   is web-accessible to the page (src/content/capture-code.ts).
// No downloads permission: exports download through <a download> from the dashboard.
// optional_host_permissions: nothing is granted at install. When the user turns trusted time on
// (Settings), the dashboard asks for the one host of the time-stamping authority they chose
// (freetsa.org by default, timestamp.digicert.com, or one they type), so the service worker can
// send it the hash of a bundle's signature; authorities send no CORS headers.
const chromium = defineManifest({
  manifest_version: 3,
  // Names and descriptions come from public/_locales (English first, ready for translation);
  // _locales/en/messages.json carries the same words as package.json.
  name: '__MSG_extName__',
  short_name: '__MSG_extShortName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  version: pkg.version,
  minimum_chrome_version: '120',
  icons: { 16: 'icons/icon-16.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  action: { default_popup: 'src/ui/popup/index.html', default_title: '__MSG_actionTitle__' },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  permissions: ['unlimitedStorage', 'pageCapture', 'activeTab', 'contextMenus', 'scripting'],
  host_permissions: ['https://www.upwork.com/*'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  content_scripts: [
    {
      // The page's own world, before its scripts run: observes (never alters, never makes) the
      // responses of Upwork's story API, for exact times and edits (research §3).
      matches: ['https://www.upwork.com/*'],
      js: ['src/page-world/story-observer.ts'],
      run_at: 'document_start',
      world: 'MAIN',
    },
    {
      matches: ['https://www.upwork.com/*'],
      js: ['src/content/index.ts'],
      run_at: 'document_start',
    },
  ],
  commands: {
    'capture-evidence': {
      suggested_key: { default: 'Alt+Shift+E' },
      description: '__MSG_commandCaptureEvidence__',
    },
  },
});

/**
 * Firefox: the same extension (one code base, src/shared/browser-differences.ts) with what
 * Firefox needs: an event page (background.scripts) instead of a service worker, a gecko id,
 * the data-collection declaration AMO asks for (none: nothing leaves the machine but, when the
 * user turns it on, one hash to their time-stamping authority, which is not data about them),
 * and no pageCapture (Firefox has no MHTML; a capture says so in its actions).
 */
const firefox: ManifestV3Export = async (env) => {
  const base = typeof chromium === 'function' ? await chromium(env) : await chromium;
  const { minimum_chrome_version: _chromeOnly, ...rest } = base;
  return {
    ...rest,
    background: { scripts: ['src/background/index.ts'], type: 'module' },
    permissions: (base.permissions ?? []).filter((p) => p !== 'pageCapture'),
    browser_specific_settings: {
      gecko: { id: 'evidence-locker@evidence-locker.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as typeof base;
};

export type TargetBrowser = 'chromium' | 'firefox';

export function manifestFor(target: TargetBrowser): ManifestV3Export {
  return target === 'firefox' ? firefox : chromium;
}

export default chromium;
