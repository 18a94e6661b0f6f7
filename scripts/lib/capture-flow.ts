// The user's path through the extension, shared by the demo and the end-to-end tests:
// open a room, press the in-page button, export from the dashboard.
import type { Download, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** Presses "Capture evidence" and returns the status text once the capture has ended. */
export async function captureThroughButton(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Capture evidence' }).click();
  const status = page.getByRole('status');
  await status.filter({ hasText: /^(Captured|Capture failed:|Capture cancelled)/ }).waitFor({ timeout: 30_000 });
  return (await status.textContent()) ?? '';
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
