// The extension in Debian's Chromium for an end-to-end test, by default in a zone with daylight
// saving for pages and the service worker alike (design/testing.md).
import { findChromium } from '../../scripts/lib/chromium';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/extension-browser';

export function launchForTest(options: Partial<Omit<LaunchOptions, 'executablePath'>> = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is missing: run npm test, which installs it, or set CHROME_PATH.');
  return launchWithExtension({ executablePath, timeZone: 'America/New_York', ...options });
}
