// Starts Debian's Chromium headless with dist/ loaded, as ../shared/design/testing.md describes.
// Used by the end-to-end tests and by `npm run demo`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const DIST = path.resolve(import.meta.dirname, '../../dist');
/** The test-only build (EVIDENCE_TEST_BUILD=1): host access to every site, for screenshots without a user gesture. */
export const DIST_TEST = path.resolve(import.meta.dirname, '../../dist-test');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionPage(file: 'dashboard' | 'popup', hash?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  executablePath: string;
  /** IANA zone for pages AND the service worker (Playwright's timezoneId alone misses the worker). */
  timeZone: string;
  downloadsPath?: string;
  /** The built extension to load; dist/ unless a test needs the test-only build. */
  dist?: string;
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  const profile = mkdtempSync(path.join(tmpdir(), 'evidence-locker-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath,
    headless: true,
    acceptDownloads: true,
    timezoneId: options.timeZone,
    env: { ...process.env, TZ: options.timeZone },
    ...(options.downloadsPath ? { downloadsPath: options.downloadsPath } : {}),
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The test-only build opens its dashboard once installed (src/background/test-build.ts). On a busy
  // machine that tab can come late, in front of a page a test has just brought there: wait for it.
  if (dist === DIST_TEST) await dashboardOpened(context, extensionId);
  return {
    context,
    worker,
    extensionId,
    async extensionPage(file, hash = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/ui/${file}/index.html${hash}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function dashboardOpened(context: BrowserContext, extensionId: string): Promise<void> {
  const dashboard = `chrome-extension://${extensionId}/src/ui/dashboard/`;
  // A tab the extension opens may be announced before its address is known: look until it shows.
  for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (context.pages().some((page) => page.url().startsWith(dashboard))) return;
  }
  throw new Error('The test-only build did not open its dashboard once installed.');
}

/** Serves upwork.com from local files: tests and the demo never touch the real site. */
export async function serveUpwork(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route('https://www.upwork.com/**', (route) => {
    const url = new URL(route.request().url());
    const file = pages[url.pathname];
    if (file) return route.fulfill({ path: file, contentType: 'text/html; charset=utf-8' });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not served in this test' });
  });
}
