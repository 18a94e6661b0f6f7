// The user's path through the extension, shared by the demo, the end-to-end tests and the
// benchmarks: open a room, press the in-page button (or start a capture as a browser command
// would), export from the dashboard.
import type { Download, Page } from 'playwright-core';
import type { CaptureOutcome, CaptureTrigger } from '../../src/shared/messaging/messages';
import type { Reply } from '../../src/shared/messaging/messaging';
import type { ExtensionBrowser } from './extension-browser';

/** Presses "Capture evidence" and returns the status text once the capture has ended. */
export async function captureThroughButton(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Capture evidence' }).click();
  const status = page.getByRole('status');
  await status.filter({ hasText: /^(Captured|Capture failed:|Capture cancelled)/ }).waitFor({ timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

/**
 * What Alt+Shift+E (or the toolbar, or the menu item) does: the worker sends the tab in front
 * content.capture. A headless browser cannot press a browser shortcut, and only the test-only
 * build may take pictures without that gesture. The tab is `page`, in front in its window: asked
 * for by its address, as which window a worker calls current lags behind a busy browser.
 */
export function captureFromWorker(browser: ExtensionBrowser, trigger: CaptureTrigger, page: Page): Promise<Reply<CaptureOutcome>> {
  return browser.worker.evaluate(
    async ([how, url]) => {
      const tab = (await chrome.tabs.query({ active: true })).find((t) => t.url === url);
      if (!tab?.id) throw new Error(`no tab in front shows ${url}`);
      return chrome.tabs.sendMessage(tab.id, { type: 'content.capture', input: { trigger: how } });
    },
    [trigger, page.url()] as const,
  );
}

export async function openRoom(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Capture evidence' }).waitFor({ timeout: 15_000 });
  return page;
}

/** Clicks the dashboard's Export evidence and returns the downloaded zip. */
export async function exportFromDashboard(dashboard: Page): Promise<Download> {
  const downloading = dashboard.waitForEvent('download', { timeout: 30_000 });
  await dashboard.getByRole('button', { name: 'Export evidence' }).click();
  return downloading;
}
